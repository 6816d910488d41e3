import { useEffect, useId, useMemo, useState } from 'react';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { insertServices, reorderServices } from '@shared/budget/budget-commands.ts';
import { servicesSortedBy, type SortDirection } from '@shared/budget/service-order.ts';
import type { BlockProblem } from '@shared/budget/budget-block.ts';
import { newService } from '@shared/budget/new-service.ts';
import { newServiceId } from './new-service-id.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { gridContext } from '@shared/budget/grid-context.ts';
import { formulaOf } from '@shared/budget/service-cells.ts';
import { toA1Formula } from '@shared/formulas/a1-references.ts';
import { localeOf } from '@shared/format/number-format.ts';
import { serviceKinds } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { useBudgetSession, usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { AddColumnForm } from './AddColumnForm.tsx';
import { BudgetGrid } from './BudgetGrid.tsx';
import { CostCharts } from './CostCharts.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { columnLetter, sheetRowNumber } from './grid-rows.ts';
import { ReadyForSubmission } from './ReadyForSubmission.tsx';
import { BudgetMeter } from './BudgetMeter.tsx';
import { meterStateOf, SelfDevelopmentMeter } from './SelfDevelopmentMeter.tsx';
import { TotalsFigures } from './TotalsFigures.tsx';
import { useProblemText } from './problem-text.ts';

/** Station 4's budget: totals and the limit always in view, the grid, findings and charts. */
export function BudgetView() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document!.plan);
  const perform = usePlanStore((state) => state.perform);
  const target = useUiStore((state) => state.budgetTarget);
  const session = useBudgetSession();
  const { check } = session;
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [sortColumn, setSortColumn] = useState('total');
  const [selected, setSelected] = useState<{ row: number; column: number } | null>(null);
  const [problems, setProblems] = useState<BlockProblem[]>([]);
  const problemText = useProblemText();
  const ids = { search: useId(), kind: useId(), sort: useId(), formula: useId() };
  const columns = budgetColumns(plan);

  const hidden = useMemo(() => {
    const words = search.trim().toLowerCase();
    return new Set(
      plan.services
        .filter((service) => (kind && service.kind !== kind) || (words && !service.name.toLowerCase().includes(words)))
        .map((service) => service.id),
    );
  }, [plan.services, search, kind]);

  const meterState = meterStateOf(check.findings);
  // By the values the session already holds: no sheet is built again to sort.
  const sortBy = (direction: SortDirection) =>
    perform(reorderServices, { ids: servicesSortedBy(plan, usePlanStore.getState().session!, sortColumn, direction, localeOf(language)) });
  useEffect(() => {
    // A finding in a row the filter hides is shown by clearing the filter.
    if (target) {
      setSearch('');
      setKind('');
    }
  }, [target]);

  const selectedService = selected ? plan.services[selected.row] : undefined;
  const selectedColumn = selected ? columns[selected.column] : undefined;
  const selectedFormula = selectedService && selectedColumn ? formulaOf(selectedService, selectedColumn.id) : null;
  const formulaText = selectedFormula !== null && selectedService ? toA1Formula(selectedFormula, gridContext(plan, selectedService.id)) : '';

  return (
    <section className="budget" aria-labelledby="budget-title">
      <div className="budget-summary">
        <h2 id="budget-title">{t('budget.title')}</h2>
        <TotalsFigures totals={check.totals} servicesCount={plan.services.length} />
        <BudgetMeter totals={check.totals} />
        <SelfDevelopmentMeter totals={check.totals} state={meterState} />
      </div>
      <div className="budget-tools" role="group" aria-label={t('budget.tools')}>
        <button
          type="button"
          disabled={!selectedService}
          onClick={() => selectedService && useUiStore.getState().goToItem({ kind: 'service', id: selectedService.id })}
        >
          {selectedService ? t('budget.toCard', { name: selectedService.name }) : t('budget.toCardNone')}
        </button>
        <button
          type="button"
          onClick={() =>
            perform(insertServices, { index: plan.services.length, services: [newService(newServiceId(), language)] })
          }
        >
          {t('budget.addService')}
        </button>
        <label htmlFor={ids.sort}>{t('budget.sortBy')}</label>
        <select id={ids.sort} value={sortColumn} onChange={(event) => setSortColumn(event.target.value)}>
          {columns.map((column) => (
            <option key={column.id} value={column.id}>
              {column.header[language]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => sortBy('ascending')}>
          {t('budget.sortAscending')}
        </button>
        <button type="button" onClick={() => sortBy('descending')}>
          {t('budget.sortDescending')}
        </button>
        <label htmlFor={ids.search}>{t('budget.filter')}</label>
        <input id={ids.search} type="search" dir="auto" value={search} onChange={(event) => setSearch(event.target.value)} />
        <label htmlFor={ids.kind}>{t('budget.filterKind')}</label>
        <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">{t('budget.allKinds')}</option>
          {serviceKinds.map((option) => (
            <option key={option} value={option}>
              {serviceKindLabels[option][language]}
            </option>
          ))}
        </select>
      </div>
      <div className="formula-bar">
        <label htmlFor={ids.formula}>
          {selected && selectedColumn ? `${columnLetter(selected.column)}${sheetRowNumber(selected.row)}` : t('budget.noCell')}
        </label>
        <input
          id={ids.formula}
          dir="ltr"
          readOnly
          value={formulaText}
          placeholder={t('budget.formulaHint')}
          aria-label={selected ? t('budget.formulaOf', { cell: `${columnLetter(selected.column)}${sheetRowNumber(selected.row)}` }) : t('budget.formulaHint')}
        />
      </div>
      <BudgetGrid highlight={target} hiddenServiceIds={hidden} onProblems={setProblems} onSelect={setSelected} />
      <div role="alert" className="grid-problems">
        {problems.slice(0, 3).map((problem) => (
          <p key={`${problem.row}:${problem.column}`} className="field-error">
            {`${columnLetter(problem.column)}${sheetRowNumber(problem.row)}: ${problemText(problem.problem)}`}
          </p>
        ))}
        {problems.length > 3 && <p className="field-error">{t('budget.moreProblems', { count: problems.length - 3 })}</p>}
      </div>
      <div className="budget-lower">
        <div>
          <FindingsPanel findings={check.findings} />
          <ReadyForSubmission />
          <AddColumnForm />
        </div>
        <CostCharts plan={session.evaluated} />
      </div>
    </section>
  );
}
