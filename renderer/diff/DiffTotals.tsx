import type { TotalLine } from '@shared/cluster/plan-diff.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { DiffTableHead } from './DiffTableHead.tsx';
import { DiffValueText, DifferenceText } from './DiffValues.tsx';

function Figure({ line, side }: { line: TotalLine; side: 'before' | 'after' }) {
  const value = <DiffValueText measure={line.measure} value={line[side]} options={null} />;
  if (!line.changed) return value;
  return side === 'before' ? <del>{value}</del> : <ins>{value}</ins>;
}

/** The budget before and after, every figure shown; those that moved are marked by a sign, strike-through and underline, not by colour alone. */
export function DiffTotals({ lines, beforeLabel, afterLabel }: { lines: readonly TotalLine[]; beforeLabel: string; afterLabel: string }) {
  const t = useT();
  const word = useWord();
  return (
    <table className="preview-table diff-table diff-totals">
      <caption>{t('diff.totals')}</caption>
      <DiffTableHead beforeLabel={beforeLabel} afterLabel={afterLabel} />
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={line.changed ? 'diff-moved' : undefined}>
            <th scope="row">
              {word(line.label)}
              {line.changed && (
                <>
                  {' '}
                  <span className="diff-mark" aria-hidden="true">
                    ●
                  </span>
                  <span className="visually-hidden">{t('diff.changedMark')}</span>
                </>
              )}
            </th>
            <td>
              <Figure line={line} side="before" />
            </td>
            <td>
              <Figure line={line} side="after" />
            </td>
            <td>{line.difference ? <DifferenceText difference={line.difference} measure={line.measure} /> : t('diff.noChange')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
