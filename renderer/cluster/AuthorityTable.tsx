import { useId, useMemo, useState, type ReactNode } from 'react';
import { goalKeys, type AuthorityRow } from '@shared/cluster/authority-row.ts';
import { message } from '@shared/i18n/message.ts';
import { approvalFailuresInShort } from '@shared/review/review-standing-words.ts';
import { reviewStatusLabelKeys } from '@shared/review/review-status-labels.ts';
import { formatMoney, formatNumber, formatPercent, localeOf } from '@shared/format/number-format.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { NoFigure } from './NoFigure.tsx';
import { sortRows, type RowSort, type SortKey } from './sort-rows.ts';

type Props = { rows: readonly AuthorityRow[]; openPlanId: string | null };

/** A column heading that sorts the table: a button, with the order it gives told through aria-sort. */
function SortHeader({ sortKey, label, sort, onSort, rowSpan }: { sortKey: SortKey; label: string; sort: RowSort; onSort(key: SortKey): void; rowSpan?: number }) {
  const current = sort.key === sortKey;
  return (
    <th scope="col" rowSpan={rowSpan} aria-sort={current ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-mark" aria-hidden="true">{current ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );
}

/** The folder is named above the table; each row names its own file. */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

function orUnknown<Value extends number>(value: Value | null, format: (value: Value) => ReactNode): ReactNode {
  return value === null ? <NoFigure /> : format(value);
}

/** One row per plan file of the folder, sortable by any column. */
export function AuthorityTable({ rows, openPlanId }: Props) {
  const t = useT();
  const word = useWord();
  const language = useLanguage((state) => state.language);
  const captionId = useId();
  const [sort, setSort] = useState<RowSort>({ key: 'authority', direction: 'ascending' });
  const sorted = useMemo(() => sortRows(rows, sort, localeOf(language)), [rows, sort, language]);
  const onSort = (key: SortKey) => setSort((previous) => ({ key, direction: previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending' }));
  const header = (key: SortKey, label: MessageKey) => <SortHeader sortKey={key} label={t(label)} sort={sort} onSort={onSort} rowSpan={2} />;
  return (
    <section className="card" aria-labelledby={captionId}>
      <h2 id={captionId}>{t('cluster.table')}</h2>
      <p className="hint">{t('cluster.tableHint')}</p>
      <div className="table-scroll">
        <table className="preview-table cluster-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {header('authority', 'cluster.col.authority')}
              {header('year', 'cluster.col.year')}
              {header('status', 'cluster.col.status')}
              {header('aged65Plus', 'cluster.col.aged65')}
              {header('aged75Plus', 'cluster.col.aged75')}
              {header('total', 'cluster.col.total')}
              {header('ministryShare', 'cluster.col.ministryShare')}
              {header('authorityShare', 'cluster.col.authorityShare')}
              {header('selfDevelopmentShare', 'cluster.col.selfDevelopment')}
              {header('costPerSenior', 'cluster.col.perSenior')}
              <th scope="colgroup" colSpan={goalKeys.length}>{t('cluster.col.byGoal')}</th>
            </tr>
            <tr>
              {goalKeys.map((goal) => (
                <SortHeader key={goal} sortKey={`goal:${goal}`} label={t(`cluster.goalShort.${goal}`)} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.path} className={row.planId === openPlanId ? 'open-plan-row' : undefined}>
                <th scope="row">
                  <bdi>{row.authority}</bdi>
                  {row.planId === openPlanId && <span className="own-badge">{t('cluster.openPlan')}</span>}
                  <span className="file-note">{t('cluster.fromFile')} <bdi dir="ltr">{fileNameOf(row.path)}</bdi></span>
                </th>
                <td>{row.year}</td>
                <td>
                  {word(message(reviewStatusLabelKeys[row.review.status]))}
                  {row.review.status === 'approval-not-verified' && <span className="file-note">{word(approvalFailuresInShort(row.review))}</span>}
                </td>
                <td className="number">{orUnknown(row.seniors.aged65Plus, (value) => formatNumber(value, language))}</td>
                <td className="number">{orUnknown(row.seniors.aged75Plus, (value) => formatNumber(value, language))}</td>
                <td className="number">{formatMoney(row.totals.total, language)}</td>
                <td className="number">{orUnknown(row.ministryShare, (value) => formatPercent(value, language))}</td>
                <td className="number">{orUnknown(row.authorityShare, (value) => formatPercent(value, language))}</td>
                <td className={row.overLimit ? 'number over-limit' : 'number'}>
                  {formatPercent(row.totals.selfDevelopmentShare, language)} {t('cluster.ofLimit', { limit: formatPercent(row.totals.selfDevelopmentLimit, language) })}
                  {row.overLimit && <span className="badge over-limit-badge">{t('cluster.overLimit')}</span>}
                </td>
                <td className="number">{orUnknown(row.costPerSenior, (value) => formatMoney(value, language))}</td>
                {goalKeys.map((goal) => (
                  <td key={goal} className="number">{formatNumber(row.servicesByGoal[goal], language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
