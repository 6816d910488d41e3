import type { LabelKey } from '../i18n/message.ts';
import type { activityKinds, heardGroups, partnerKinds } from '../model/plan-schema.ts';

type LabelKeys<Codes extends readonly string[]> = Readonly<Record<Codes[number], LabelKey>>;

export const partnerKindLabelKeys = {
  'authority-department': 'participation.partnerKind.authority-department',
  ngo: 'participation.partnerKind.ngo',
  'health-fund': 'participation.partnerKind.health-fund',
  'community-centre': 'participation.partnerKind.community-centre',
  volunteers: 'participation.partnerKind.volunteers',
  government: 'participation.partnerKind.government',
  business: 'participation.partnerKind.business',
  other: 'participation.partnerKind.other',
} as const satisfies LabelKeys<typeof partnerKinds>;

export const activityKindLabelKeys = {
  'focus-group': 'participation.activityKind.focus-group',
  'round-table': 'participation.activityKind.round-table',
  'online-consultation': 'participation.activityKind.online-consultation',
  survey: 'participation.activityKind.survey',
  interview: 'participation.activityKind.interview',
  'home-visit': 'participation.activityKind.home-visit',
  'partner-meeting': 'participation.activityKind.partner-meeting',
} as const satisfies LabelKeys<typeof activityKinds>;

export const heardGroupLabelKeys = {
  'living-alone': 'participation.group.living-alone',
  caregivers: 'participation.group.caregivers',
  'arabic-speakers': 'participation.group.arabic-speakers',
  'russian-speakers': 'participation.group.russian-speakers',
  'amharic-speakers': 'participation.group.amharic-speakers',
  'holocaust-survivors': 'participation.group.holocaust-survivors',
  homebound: 'participation.group.homebound',
  'with-disability': 'participation.group.with-disability',
  'low-income': 'participation.group.low-income',
  'active-seniors': 'participation.group.active-seniors',
} as const satisfies LabelKeys<typeof heardGroups>;
