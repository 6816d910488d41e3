import { describe, expect, it } from 'vitest';
import { addPartner, removePartner, setPartnerField } from '@shared/commands/partner-commands.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { setServicePartner } from '@shared/commands/service-card-commands.ts';
import { blankWorkItem } from '@shared/commands/work-plan-commands.ts';
import { ownerWithBody, partnerMentions, servicesOfPartner } from '@shared/participation/partner-roles.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';
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

  it('removes a partner from the services it ran and the work plans it answered for or took part in, keeping them', () => {
    const plan = buildPlan({
      partners: [centre, fund],
      services: [buildService({ id: 'svc-club', operator: 'other', partnerId: 'partner-1' })],
      implementation: [{ ...blankWorkItem('svc-club'), owner: 'רכזת', ownerPartnerId: 'partner-1', partnerIds: ['partner-1', 'partner-2'] }],
    });
    expect(partnerMentions(plan, 'partner-1')).toBe(2);
    const next = removePartner(plan, { id: 'partner-1' });
    expect(next.services[0]).toMatchObject({ id: 'svc-club', partnerId: null, operator: 'other' });
    expect(next.implementation[0]).toMatchObject({ owner: 'רכזת', ownerPartnerId: null, partnerIds: ['partner-2'] });
    expect(danglingReferences(next)).toEqual([]);
  });
});

describe('a partner running a service', () => {
  const plan = buildPlan({ partners: [centre, fund, { id: 'partner-3', name: 'עמותת ותיקים', kind: 'ngo', contactRole: '' }], services: [buildService({ id: 'svc-club', operator: 'department' })] });

  it('names the partner and sets the kind of operator from its kind, in one step', () => {
    const run = setServicePartner(plan, { id: 'svc-club', partnerId: 'partner-3' });
    expect(run.services[0]).toMatchObject({ partnerId: 'partner-3', operator: 'ngo' });
    expect(setServicePartner(plan, { id: 'svc-club', partnerId: 'partner-1' }).services[0]).toMatchObject({ partnerId: 'partner-1', operator: 'other' });
    expect(PlanSchema.safeParse(run).success).toBe(true);
  });

  it('keeps the kind of operator the team set when the partner is taken away, and refuses a partner the plan does not hold', () => {
    const run = setServicePartner(plan, { id: 'svc-club', partnerId: 'partner-3' });
    expect(setServicePartner(run, { id: 'svc-club', partnerId: null }).services[0]).toMatchObject({ partnerId: null, operator: 'ngo' });
    expect(setServicePartner(plan, { id: 'svc-club', partnerId: 'partner-9' })).toBe(plan);
  });

  it('counts as the partner’s service, with the work plans that name it, once each', () => {
    const run = setServicePartner(plan, { id: 'svc-club', partnerId: 'partner-1' });
    const worked = { ...run, implementation: [{ ...blankWorkItem('svc-club'), partnerIds: ['partner-1', 'partner-2'] }] };
    expect(servicesOfPartner(worked, 'partner-1')).toEqual(['svc-club']);
    expect(servicesOfPartner(worked, 'partner-2')).toEqual(['svc-club']);
    expect(servicesOfPartner(worked, 'partner-3')).toEqual([]);
    expect(ownerWithBody(worked, { owner: 'רכזת המדור', ownerPartnerId: 'partner-1' })).toBe('רכזת המדור (מתנ"ס גבעת הדקלים)');
    expect(ownerWithBody(worked, { owner: ' ', ownerPartnerId: null })).toBe('');
  });
});
