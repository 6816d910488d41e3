import { usePlanStore } from '../../state/plan-store.ts';
import { BudgetLine } from './BudgetLine.tsx';
import { CriteriaWeights } from './CriteriaWeights.tsx';
import { DecisionsTable } from './DecisionsTable.tsx';
import { RankingTable } from './RankingTable.tsx';
import { ScenarioComparison } from './ScenarioComparison.tsx';
import { ScoresTable } from './ScoresTable.tsx';

/** Station 5: weigh the criteria, score the services, see the ranking, draw the budget line, compare scenarios, decide. */
export function PrioritiesView() {
  const evaluated = usePlanStore((state) => state.session?.evaluated ?? null);
  if (!evaluated) return null;
  return (
    <>
      <CriteriaWeights plan={evaluated} />
      <ScoresTable plan={evaluated} />
      <RankingTable plan={evaluated} />
      <BudgetLine plan={evaluated} />
      <ScenarioComparison plan={evaluated} />
      <DecisionsTable plan={evaluated} />
    </>
  );
}
