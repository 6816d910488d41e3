import { describe, expect, it } from 'vitest';
import { deriveLogicModel, type LogicNode } from '@shared/logic-model/logic-graph.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { administrationGoals } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

describe('the logic model derived from the sample plan', () => {
  const plan = samplePlan(validSampleName);
  const model = deriveLogicModel(plan);
  const node = (id: string) => model.nodes.find((candidate) => candidate.id === id);

  it('has one output per service, one outcome node per outcome and the three goals', () => {
    expect(count(model.nodes, (item) => item.kind === 'output')).toBe(plan.services.length);
    expect(count(model.nodes, (item) => item.kind === 'outcome')).toBe(plan.outcomes.length);
    expect(model.nodes.filter((item) => item.kind === 'goal').map((item) => item.id)).toEqual(administrationGoals.map((goal) => `goal:${goal}`));
  });

  it('has one edge per link the plan holds', () => {
    const links = plan.services.reduce((sum, service) => sum + service.outcomeIds.length, 0);
    const leads = plan.outcomes.reduce((sum, outcome) => sum + outcome.leadsTo.length, 0);
    expect(count(model.edges, (edge) => edge.kind === 'advances')).toBe(links);
    expect(count(model.edges, (edge) => edge.kind === 'leads-to')).toBe(leads);
    expect(count(model.edges, (edge) => edge.kind === 'serves')).toBe(plan.outcomes.length);
  });

  it('takes the funding inputs from the plan totals and staff hours from the services', () => {
    const totals = planTotals(evaluatePlan(plan).plan);
    expect(node('input:ministry')).toMatchObject({ resource: 'funding', amount: totals.ministry });
    expect(node('input:authority')).toMatchObject({ resource: 'funding', amount: totals.authority });
    expect(node('input:other')).toMatchObject({ resource: 'funding', amount: totals.other });
    const hours = plan.services.reduce((sum, service) => sum + service.staffHours, 0);
    expect(node('input:staff-hours')).toMatchObject({ resource: 'staff-hours', hours });
  });

  it('counts volunteer-run services and names each kind of operator once, for the services no listed partner runs', () => {
    const unlisted = plan.services.filter((service) => service.partnerId === null);
    expect(unlisted.length).toBeLessThan(plan.services.length);
    const byVolunteers = count(unlisted, (service) => service.operator === 'volunteers');
    expect(node('input:volunteers')).toMatchObject({ services: byVolunteers });
    const partners = model.nodes.filter((item) => item.kind === 'input' && item.resource === 'partner').map((item) => item.id);
    const operators = new Set<string>(unlisted.map((service) => service.operator).filter((operator) => operator !== 'department' && operator !== 'volunteers'));
    expect(partners.sort()).toEqual([...operators].map((operator) => `input:partner:${operator}`).sort());
    expect(count(model.edges, (edge) => edge.from.startsWith('input:partner:'))).toBe(count(unlisted, (service) => operators.has(service.operator)));
  });

  it('names each partner of the plan that runs a service or takes part in its work plan, feeding exactly those services', () => {
    for (const partner of plan.partners) {
      const runs = plan.services.filter((service) => service.partnerId === partner.id).map((service) => service.id);
      const works = plan.implementation.filter((item) => item.ownerPartnerId === partner.id || item.partnerIds.includes(partner.id)).map((item) => item.serviceId);
      const fed = new Set([...runs, ...works]);
      const id = `input:plan-partner:${partner.id}`;
      const fedInModel = model.edges.filter((edge) => edge.from === id).map((edge) => edge.to);
      expect(new Set(fedInModel), partner.name).toEqual(new Set([...fed].map((serviceId) => `service:${serviceId}`)));
      if (fed.size > 0) expect(node(id)).toMatchObject({ resource: 'plan-partner', services: fed.size, label: { he: partner.name, en: partner.name } });
      else expect(model.nodes.some((item) => item.id === id)).toBe(false);
    }
    // The volunteers unit runs two services and takes part in the phone line's work plan.
    expect(node('input:plan-partner:partner-volunteers-unit')).toMatchObject({ services: 3 });
  });

  it('does not feed the ministry funding to a service whose ministry share is zero', () => {
    expect(model.edges.some((edge) => edge.id === 'input:ministry->service:svc-intergenerational')).toBe(false);
    expect(model.edges.some((edge) => edge.id === 'input:authority->service:svc-intergenerational')).toBe(true);
  });

  it('places each node in its column, inputs first and goals last', () => {
    const columns = (kind: LogicNode['kind']) => new Set(model.nodes.filter((item) => item.kind === kind).map((item) => item.column));
    expect(columns('input')).toEqual(new Set([0]));
    expect(columns('output')).toEqual(new Set([1]));
    expect(columns('goal')).toEqual(new Set([5]));
    for (const outcome of plan.outcomes) {
      expect(node(`outcome:${outcome.id}`)?.column).toBe({ short: 2, intermediate: 3, long: 4 }[outcome.horizon]);
    }
  });

  it('attaches the notes to the outcome and the service they name', () => {
    expect(model.notes.map((note) => note.attachedTo)).toEqual(['outcome:out-independence', 'service:svc-proactive-phone']);
  });

  it('shows a service with its participants and frequency', () => {
    const service = plan.services[0]!;
    expect(node(`service:${service.id}`)).toMatchObject({ participants: service.participants, frequency: service.frequency, label: { he: service.name, en: service.name } });
  });
});

describe('deriving the logic model from hand-built plans', () => {
  it('leaves out links to outcomes the plan does not have, and keeps an outcome leading to itself', () => {
    const plan = buildPlan({
      outcomes: [buildOutcome('a', { leadsTo: ['a', 'gone'] })],
      services: [buildService({ id: 'club', outcomeIds: ['a', 'deleted'] })],
    });
    const edges = deriveLogicModel(plan).edges.map((edge) => edge.id);
    expect(edges).toContain('service:club->outcome:a');
    expect(edges).toContain('outcome:a->outcome:a');
    expect(edges.some((id) => id.includes('gone') || id.includes('deleted'))).toBe(false);
  });

  it('shows no inputs for an empty plan, but still shows the goals', () => {
    const model = deriveLogicModel(buildPlan());
    expect(model.nodes.map((node) => node.id)).toEqual(administrationGoals.map((goal) => `goal:${goal}`));
    expect(model.edges).toEqual([]);
  });

  it('feeds other sources only to services with fees or donations', () => {
    const plan = buildPlan({
      services: [buildService({ id: 'fees', funding: { other: 500 } }), buildService({ id: 'free' })],
    });
    const fed = deriveLogicModel(plan).edges.filter((edge) => edge.from === 'input:other').map((edge) => edge.to);
    expect(fed).toEqual(['service:fees']);
  });

  it('does not repeat an edge when a link is listed twice', () => {
    const plan = buildPlan({ outcomes: [buildOutcome('a')], services: [buildService({ id: 'twice', outcomeIds: ['a', 'a'] })] });
    expect(deriveLogicModel(plan).edges.filter((edge) => edge.kind === 'advances')).toHaveLength(1);
  });

  it('reads participants computed by a formula, not the stale value in the file', () => {
    const plan = buildPlan({ services: [buildService({ id: 'f', participants: 1, formulas: [{ field: 'participants', formula: '=6*7' }] })] });
    expect(deriveLogicModel(plan).nodes.find((node) => node.id === 'service:f')).toMatchObject({ participants: 42 });
  });

  it('leaves a note that names nothing in the model unattached', () => {
    const plan = buildPlan({ logicModelNotes: [{ id: 'n', nodeId: 'nothing', kind: 'assumption', text: 'הנחה' }] });
    expect(deriveLogicModel(plan).notes).toEqual([{ id: 'n', kind: 'assumption', text: 'הנחה', attachedTo: null }]);
  });
});
