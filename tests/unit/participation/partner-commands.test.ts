import { describe, expect, it } from 'vitest';
import { addPartner, removePartner, setPartnerField } from '@shared/commands/partner-commands.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';
import { danglingReferences } from '../../helpers/dangling-references.ts';
import { buildActivity } from './activity-builder.ts';

const centre = { id: 'partner-1', name: 'מתנ"ס גבעת הדקלים', kind: 'community-centre' as const, contactRole: 'מנהלת המתנ"ס' };
const fund = { id: 'partner-2', name: 'קופת חולים, סניף מרכז', kind: 'health-fund' as const, contactRole: 'עובדת סוציאלית' };

describe('the partners list', () => {
  it('adds a partner once, at the end of the list', () => {
    const plan = addPartner(addPartner(buildPlan(), { partner: centre }), { partner: fund });
    expect(plan.partners).toEqual([centre, fund]);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('edits one field of one partner, merging typing in a field but not a choice of kind', () => {
    const plan = addPartner(addPartner(buildPlan(), { partner: centre }), { partner: fund });
    const renamed = setPartnerField(plan, { id: 'partner-2', field: 'name', value: 'מכבי' });
    expect(renamed.partners.map((partner) => partner.name)).toEqual([centre.name, 'מכבי']);
    expect(setPartnerField(plan, { id: 'partner-1', field: 'kind', value: 'ngo' }).partners[0]!.kind).toBe('ngo');
    expect(setPartnerField.mergeKey({ id: 'partner-2', field: 'name', value: 'x' })).toBe('partner-2:name');
    expect(setPartnerField.mergeKey({ id: 'partner-2', field: 'kind', value: 'ngo' })).toBeNull();
  });

  it('removes a partner from the activities and existing services that named it, keeping them', () => {
    const plan = buildPlan({
      partners: [centre, fund],
      activities: [buildActivity({ id: 'a-1', partnerIds: ['partner-1', 'partner-2'] })],
      existingServices: [{ ...newExistingService('ex-1'), partnerId: 'partner-1' }],
    });
    const next = removePartner(plan, { id: 'partner-1' });
    expect(next.partners).toEqual([fund]);
    expect(next.activities[0]!.partnerIds).toEqual(['partner-2']);
    expect(next.existingServices[0]!.partnerId).toBeNull();
    expect(danglingReferences(next)).toEqual([]);
  });
});
