import type { LocalizedText } from '../model/localized-text.ts';
import type { Service } from '../model/plan-schema.ts';
import type { LabelKey } from '../i18n/message.ts';
import { localizedLabels } from '../i18n/localized-labels.ts';

export const serviceKindLabelKeys = {
  standard: 'label.serviceKind.standard',
  'self-developed': 'label.serviceKind.self-developed',
  continued: 'label.serviceKind.continued',
} as const satisfies Readonly<Record<Service['kind'], LabelKey>>;
export const serviceKindLabels = localizedLabels(serviceKindLabelKeys);

export const frequencyUnitLabelKeys = {
  session: 'label.frequencyUnit.session',
  day: 'label.frequencyUnit.day',
  week: 'label.frequencyUnit.week',
  month: 'label.frequencyUnit.month',
  year: 'label.frequencyUnit.year',
} as const satisfies Readonly<Record<Service['frequency']['unit'], LabelKey>>;
export const frequencyUnitLabels = localizedLabels(frequencyUnitLabelKeys);

/** The code for a label typed or pasted in either language (or the code itself). */
export function optionCode<Code extends string>(labels: Record<Code, LocalizedText>, text: string): Code | null {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [Code, LocalizedText][]) {
    if (code === wanted || label.he === text.trim() || label.en.toLowerCase() === wanted) return code;
  }
  return null;
}
