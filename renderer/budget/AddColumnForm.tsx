import { useId, useState } from 'react';
import { addBudgetColumn, removeBudgetColumn } from '@shared/budget/budget-commands.ts';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { toStoredFormula } from '@shared/formulas/a1-references.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { columnLetter } from './grid-rows.ts';

/**
 * The team's own columns. A column formula is typed as for the first service's row (row 2) and
 * applies to every row, like a formula filled down in Excel; cells can still be typed one by one.
 */
export function AddColumnForm() {
  const t = useT();
  const plan = usePlanStore((state) => state.document!.plan);
  const perform = usePlanStore((state) => state.perform);
  const [label, setLabel] = useState('');
  const [formula, setFormula] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { label: useId(), formula: useId(), hint: useId(), problem: useId() };
  const add = () => {
    const name = label.trim();
    if (!name) return setProblem(t('columns.needLabel'));
    const typed = formula.trim();
    if (typed && !typed.startsWith('=')) return setProblem(t('columns.needFormula'));
    const id = `col-${crypto.randomUUID().slice(0, 8)}`;
    const columnIds = [...budgetColumns(plan).map((column) => column.id), id];
    // The column formula is written for row 2; its own row becomes "this row" for every service.
    // With no service yet, row 2 still stands for "this row".
    const rowIds = plan.services.length > 0 ? plan.services.map((service) => service.id) : [id];
    const stored = typed ? toStoredFormula(typed, { rowId: rowIds[0]!, rowIds, columnIds, firstRow: 2 }) : null;
    perform(addBudgetColumn, { id, label: name, formula: stored });
    setLabel('');
    setFormula('');
    setProblem(null);
  };
  return (
    <section className="card add-column" aria-labelledby="columns-title">
      <h2 id="columns-title">{t('columns.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor={ids.label}>{t('columns.label')}</label>
          <input id={ids.label} dir="auto" maxLength={500} value={label} data-local-undo="true" onChange={(event) => setLabel(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.formula}>{t('columns.formula')}</label>
          <input
            id={ids.formula}
            dir="ltr"
            value={formula}
            data-local-undo="true"
            aria-describedby={problem ? `${ids.hint} ${ids.problem}` : ids.hint}
            aria-invalid={problem !== null}
            onChange={(event) => setFormula(event.target.value)}
          />
          <p id={ids.hint} className="hint">
            {t('columns.formulaHint')}
          </p>
          {problem && (
            <p id={ids.problem} className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <button type="submit">{t('columns.add')}</button>
      </form>
      {plan.budgetColumns.length > 0 && (
        <ul className="own-columns">
          {plan.budgetColumns.map((column) => (
            <li key={column.id}>
              <span>
                {columnLetter(budgetColumns(plan).findIndex((candidate) => candidate.id === column.id))} · {column.label}
              </span>
              <button type="button" className="icon-button" aria-label={t('columns.remove', { label: column.label })} onClick={() => perform(removeBudgetColumn, { id: column.id })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
