import type { LabelKey } from '../i18n/message.ts';
import { localizedLabels } from '../i18n/localized-labels.ts';
import type { administrationGoals, deliveryModes, needSources, operators, outcomeHorizons, selfDevelopmentBases } from './plan-schema.ts';

type LabelKeys<Codes extends readonly string[]> = Readonly<Record<Codes[number], LabelKey>>;

/*
 * Names of the plan's coded choices (no commas: Excel's lists split on them): the keys, for
 * messages that name a choice, and the labels in both languages, for the workbook that shows
 * them and reads them back.
 */

export const goalLabelKeys = {
  belonging: 'label.goal.belonging',
  'risk-prevention': 'label.goal.risk-prevention',
  'function-preservation': 'label.goal.function-preservation',
} as const satisfies LabelKeys<typeof administrationGoals>;
export const goalLabels = localizedLabels(goalLabelKeys);

export const horizonLabelKeys = {
  short: 'label.horizon.short',
  intermediate: 'label.horizon.intermediate',
  long: 'label.horizon.long',
} as const satisfies LabelKeys<typeof outcomeHorizons>;
export const horizonLabels = localizedLabels(horizonLabelKeys);

export const needSourceLabelKeys = {
  'focus-group': 'label.needSource.focus-group',
  survey: 'label.needSource.survey',
  'round-table': 'label.needSource.round-table',
  'service-data': 'label.needSource.service-data',
  staff: 'label.needSource.staff',
  other: 'label.needSource.other',
} as const satisfies LabelKeys<typeof needSources>;
export const needSourceLabels = localizedLabels(needSourceLabelKeys);

export const deliveryLabelKeys = {
  individual: 'label.delivery.individual',
  group: 'label.delivery.group',
  community: 'label.delivery.community',
} as const satisfies LabelKeys<typeof deliveryModes>;
export const deliveryLabels = localizedLabels(deliveryLabelKeys);

export const operatorLabelKeys = {
  department: 'label.operator.department',
  ngo: 'label.operator.ngo',
  contractor: 'label.operator.contractor',
  volunteers: 'label.operator.volunteers',
  other: 'label.operator.other',
} as const satisfies LabelKeys<typeof operators>;
export const operatorLabels = localizedLabels(operatorLabelKeys);

export const selfDevelopmentBaseLabelKeys = {
  'community-budget': 'label.selfDevelopmentBase.community-budget',
  'planned-total': 'label.selfDevelopmentBase.planned-total',
} as const satisfies LabelKeys<typeof selfDevelopmentBases>;
export const selfDevelopmentBaseLabels = localizedLabels(selfDevelopmentBaseLabelKeys);

export const yesNoLabelKeys = { yes: 'label.yes', no: 'label.no' } as const satisfies Readonly<Record<'yes' | 'no', LabelKey>>;
export const yesNoLabels = localizedLabels(yesNoLabelKeys);
