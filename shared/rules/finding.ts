import type { Message } from '../i18n/message.ts';

export type Severity = 'error' | 'warning';

/**
 * The budget-grid cell a finding points at: the service's row and the grid's column id
 * (`unitCost`, `ministry`, a custom column's id…), so the grid can mark the cell itself.
 */
export type FindingTarget = { serviceId: string; field: string };

/** One result of a rule: which rule, how serious, where in the plan file, and its message, worded where it is shown. */
export type Finding = {
  rule: string;
  severity: Severity;
  /** Path of the field in the plan file, e.g. `policy.selfDevelopmentLimit` or `services[3].unitCost`. */
  path: string;
  /** The grid cell to mark, or null for a finding about the plan as a whole. */
  target: FindingTarget | null;
  /** The logic model's node the finding is about (`outcome:…`, `goal:…`), for a finding the canvas shows. */
  modelNode?: string;
  message: Message;
};
