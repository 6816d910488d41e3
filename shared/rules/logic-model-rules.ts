import type { Plan } from '../model/plan-schema.ts';
import { checkDerivedModel, type LogicCheck } from '../logic-model/logic-checks.ts';
import { modelOfEvaluatedPlan } from '../logic-model/logic-graph.ts';
import type { Finding } from './finding.ts';

/**
 * The logic model's checks among the plan's findings, as warnings: a model still being drawn
 * has gaps, and none of them should stop a submission. A service with no outcome is already its
 * own rule (`service-no-outcome`, which also finds links to missing outcomes), so it is not
 * reported twice. Each finding names the node it is about, so the panel can open the canvas on it.
 */
export function checkLogicModelRules(plan: Plan): Finding[] {
  const outcomeIndex = new Map(plan.outcomes.map((outcome, index) => [`outcome:${outcome.id}`, index]));
  // The checks read links and names, never amounts, so the formulas need not be evaluated again.
  return checkDerivedModel(modelOfEvaluatedPlan(plan))
    .filter((finding) => finding.check !== 'service-no-outcome')
    .map((finding): Finding => {
      const node = finding.nodeIds[0]!;
      return {
        rule: `logic-${finding.check}`,
        severity: 'warning',
        path: pathOf(finding.check, outcomeIndex.get(node)),
        target: null,
        modelNode: node,
        message: finding.message,
      };
    });
}

function pathOf(check: LogicCheck, outcome: number | undefined): string {
  if (outcome === undefined) return 'outcomes';
  if (check === 'outcome-no-indicator') return `outcomes[${outcome}].indicators`;
  if (check === 'outcome-cycle') return `outcomes[${outcome}].leadsTo`;
  return `outcomes[${outcome}]`;
}
