import type { Change, FieldChange, ItemChange, ListChange } from '@shared/cluster/plan-diff-changes.ts';
import type { DiffSection } from '@shared/cluster/plan-diff.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { DiffTableHead } from './DiffTableHead.tsx';
import { DiffPath, DiffValueText, DifferenceText } from './DiffValues.tsx';

type Row = { kind: 'value'; change: FieldChange | ListChange; depth: number } | { kind: 'item'; change: ItemChange; depth: number };

/** An item's own heading row, then its changes one row each, nested items indented under it. */
function rowsOf(changes: readonly Change[], depth: number): Row[] {
  return changes.flatMap((change): Row[] =>
    change.kind === 'field' || change.kind === 'list' ? [{ kind: 'value', change, depth }] : [{ kind: 'item', change, depth }, ...rowsOf(change.changes, depth + 1)],
  );
}

function ItemRow({ change, depth }: { change: ItemChange; depth: number }) {
  const t = useT();
  const word = useWord();
  return (
    <tr className={`diff-group diff-${change.kind}`}>
      <th colSpan={4} scope={depth === 0 ? 'rowgroup' : undefined} className={`diff-depth-${depth}`}>
        <span className="diff-badge">{t(`diff.${change.kind}`)}</span> {word(change.label)}: <bdi className="diff-name">{word(change.name)}</bdi> <DiffPath path={change.path} />
      </th>
    </tr>
  );
}

function Entries({ change, kind }: { change: ListChange; kind: 'added' | 'removed' }) {
  const word = useWord();
  const Mark = kind === 'added' ? 'ins' : 'del';
  return (
    <ul className="diff-entries">
      {change[kind].map((entry) => (
        <li key={entry.value}>
          <Mark>
            <bdi>{entry.name === null ? entry.value : word(entry.name)}</bdi>
          </Mark>
        </li>
      ))}
    </ul>
  );
}

function ValueRow({ change, depth }: { change: FieldChange | ListChange; depth: number }) {
  const t = useT();
  const word = useWord();
  return (
    <tr>
      <th scope="row" className={`diff-depth-${depth}`}>
        {word(change.label)}
        {change.kind === 'field' && change.derived && <span className="diff-derived"> ({t('diff.computed')})</span>} <DiffPath path={change.path} />
      </th>
      {change.kind === 'field' ? (
        <>
          <td>
            <del>
              <DiffValueText measure={change.measure} value={change.before} options={change.options} />
            </del>
          </td>
          <td>
            <ins>
              <DiffValueText measure={change.measure} value={change.after} options={change.options} />
            </ins>
          </td>
          <td>{change.difference && <DifferenceText difference={change.difference} measure={change.measure} />}</td>
        </>
      ) : (
        <>
          <td>{change.removed.length > 0 && <Entries change={change} kind="removed" />}</td>
          <td>{change.added.length > 0 && <Entries change={change} kind="added" />}</td>
          <td />
        </>
      )}
    </tr>
  );
}

/**
 * The differences side by side: per part of the plan a table with the earlier value, the later
 * one and the difference. Earlier values are struck through and later ones underlined (del and
 * ins), so a change shows without colour and is announced as such.
 */
export function DiffTable({ sections, beforeLabel, afterLabel }: { sections: readonly DiffSection[]; beforeLabel: string; afterLabel: string }) {
  const word = useWord();
  return (
    <>
      {sections.map((section) => (
        <table key={section.part} className="preview-table diff-table">
          <caption>{word(section.label)}</caption>
          <DiffTableHead beforeLabel={beforeLabel} afterLabel={afterLabel} />
          {/* Each item is a row group: its heading row, then its values. */}
          {section.changes.map((change) => (
            <tbody key={change.path}>
              {rowsOf([change], 0).map((row) =>
                row.kind === 'item' ? <ItemRow key={row.change.path} change={row.change} depth={row.depth} /> : <ValueRow key={row.change.path} change={row.change} depth={row.depth} />,
              )}
            </tbody>
          ))}
        </table>
      ))}
    </>
  );
}
