import type { Plan } from '../model/plan-schema.ts';
import { defineCommand } from './define-command.ts';

/**
 * Takes a merged plan (issue 19) as the open plan: the whole merge, however many changes came
 * from the other side, is one step to undo. The merge itself is worked out and checked before
 * (shared/merge/), so the plan is taken as it is.
 */
export const takeMergedPlan = defineCommand<{ merged: Plan }>({
  id: 'plan.take-merge',
  apply: (_plan, { merged }) => merged,
});
