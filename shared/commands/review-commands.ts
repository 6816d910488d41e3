import { produce } from 'immer';
import type { PlanCommand } from './plan-commands.ts';

/**
 * The team's statement that the plan is ready to submit. The UI offers it only while the rules
 * find no error; the flag alone never makes a plan with errors count as ready (see readiness).
 */
export const setReadyForSubmission: PlanCommand<{ ready: boolean }> = (plan, { ready }) =>
  produce(plan, (draft) => {
    draft.review.readyForSubmission = ready;
  });
