import type { Language } from '../model/localized-text.ts';

export type Severity = 'error' | 'warning';

/** One result of a rule: which rule, how serious, where in the plan file, and its message. */
export type Finding = {
  rule: string;
  severity: Severity;
  /** Path of the field in the plan file, e.g. `policy.selfDevelopmentLimit` or `services[3].unitCost`. */
  path: string;
  message: Record<Language, string>;
};
