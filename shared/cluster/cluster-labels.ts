import type { LabelKey } from '../i18n/message.ts';
import { localizedLabels } from '../i18n/localized-labels.ts';
import type { GoalKey } from '../budget/cost-breakdown.ts';
import { goalLabelKeys } from '../model/option-labels.ts';

/** The administration's goals and, for services that reach none, their own line. */
export const goalKeyLabelKeys = { ...goalLabelKeys, none: 'label.goal.none' } as const satisfies Readonly<Record<GoalKey, LabelKey>>;
export const goalKeyLabels = localizedLabels(goalKeyLabelKeys);
