import type { Language } from '../model/localized-text.ts';
import { draftText } from '../i18n/translate.ts';
import type { Service } from '../model/plan-schema.ts';

/** A blank budget line for a new service: the team fills in what it is and what it costs. */
export function newService(id: string, language: Language, name?: string): Service {
  return {
    id,
    name: name?.trim() || draftText(language, 'draft.newService'),
    description: '',
    kind: 'standard',
    delivery: 'group',
    targetGroup: '',
    operator: 'department',
    partnerId: null,
    budgetLine: '',
    participants: 0,
    frequency: { unit: 'session', perYear: 0 },
    unitCost: 0,
    funding: { ministry: null, authority: null, other: 0, otherSource: '' },
    staffHours: 0,
    outcomeIds: [],
    needIds: [],
    notes: '',
    formulas: [],
    custom: [],
    copiedFrom: null,
    existingServiceId: null,
  };
}
