import type { Change, FieldChange, ItemChange, ListChange } from '@shared/cluster/plan-diff-changes.ts';
import type { DiffSection } from '@shared/cluster/plan-diff.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { DiffHeading, type HeadingLevel } from './DiffHeading.tsx';
import { DiffPath, DiffValueText, DifferenceText } from './DiffValues.tsx';

function FieldLine({ change }: { change: FieldChange }) {
  const t = useT();
  const word = useWord();
  return (
    <li className="diff-field">
      <span className="diff-label">{word(change.label)}</span>:{' '}
      <del>
        <DiffValueText measure={change.measure} value={change.before} options={change.options} />
      </del>{' '}
      <span aria-hidden="true">{t('diff.arrow')}</span>
      <span className="visually-hidden">{t('diff.becomes')}</span>{' '}
      <ins>
        <DiffValueText measure={change.measure} value={change.after} options={change.options} />
      </ins>
      {change.difference && (
        <span className="diff-difference">
          {' '}
          (<DifferenceText difference={change.difference} measure={change.measure} />)
        </span>
      )}
      {change.derived && <span className="diff-derived"> ({t('diff.computed')})</span>} <DiffPath path={change.path} />
    </li>
  );
}

function ListLine({ change }: { change: ListChange }) {
  const t = useT();
  const word = useWord();
  const entries = (kind: 'added' | 'removed') => {
    const Mark = kind === 'added' ? 'ins' : 'del';
    return change[kind].length === 0 ? null : (
      <span className="diff-entries">
        {' '}
        <span className="diff-badge">{t(kind === 'added' ? 'diff.listAdded' : 'diff.listRemoved')}</span>{' '}
        {change[kind].map((entry, index) => (
          <span key={entry.value}>
            {index > 0 && ', '}
            <Mark>
              <bdi>{entry.name === null ? entry.value : word(entry.name)}</bdi>
            </Mark>
          </span>
        ))}
      </span>
    );
  };
  return (
    <li className="diff-field">
      <span className="diff-label">{word(change.label)}</span>:{entries('added')}
      {entries('removed')} <DiffPath path={change.path} />
    </li>
  );
}

function ItemLine({ change }: { change: ItemChange }) {
  const t = useT();
  const word = useWord();
  return (
    <li className={`diff-item diff-${change.kind}`}>
      <span className="diff-badge">{t(`diff.${change.kind}`)}</span> {word(change.label)}: <bdi className="diff-name">{word(change.name)}</bdi> <DiffPath path={change.path} />
      {change.changes.length > 0 && <ChangeLines changes={change.changes} />}
    </li>
  );
}

function ChangeLines({ changes }: { changes: readonly Change[] }) {
  return (
    <ul className="diff-list">
      {changes.map((change) =>
        change.kind === 'field' ? <FieldLine key={change.path} change={change} /> : change.kind === 'list' ? <ListLine key={change.path} change={change} /> : <ItemLine key={change.path} change={change} />,
      )}
    </ul>
  );
}

/** The differences as a readable list, one heading per part of the plan, items with their own changes inside. */
export function DiffList({ sections, headingLevel }: { sections: readonly DiffSection[]; headingLevel: HeadingLevel }) {
  const word = useWord();
  return (
    <>
      {sections.map((section) => (
        <section key={section.part} className="diff-section">
          <DiffHeading level={headingLevel}>{word(section.label)}</DiffHeading>
          <ChangeLines changes={section.changes} />
        </section>
      ))}
    </>
  );
}
