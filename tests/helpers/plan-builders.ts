import { createPlan } from '@shared/model/new-plan.ts';
import type { Outcome, Plan, PlanDetails, Policy, Service } from '@shared/model/plan-schema.ts';

/** Overrides for buildPlan: top-level fields replace, details and policy merge field by field. */
export type PlanOverrides = Partial<Omit<Plan, 'details' | 'policy'>> & {
  details?: Partial<PlanDetails>;
  policy?: Partial<Policy>;
};

/**
 * A schema-valid plan on top of createPlan: authority "רשות לדוגמה", year 2027, a community
 * budget of ₪1,000,000 and the guide's default policy (20% of the community budget, 75/25).
 */
export function buildPlan(overrides: PlanOverrides = {}): Plan {
  const { details, policy, ...rest } = overrides;
  const base = createPlan({ id: 'test-plan', authority: 'רשות לדוגמה', year: 2027 });
  return {
    ...base,
    ...rest,
    details: { ...base.details, communityBudget: 1_000_000, ...details },
    policy: { ...base.policy, ...policy },
  };
}

/** Overrides for buildService: top-level fields replace, frequency and funding merge field by field. */
export type ServiceOverrides = Partial<Omit<Service, 'frequency' | 'funding'>> & {
  frequency?: Partial<Service['frequency']>;
  funding?: Partial<Service['funding']>;
};

let serviceCounter = 0;

/**
 * A schema-valid standard service: 10 participants, once a year, ₪1,000 a unit (₪10,000 in
 * all), split by the plan's matching share. Ids are `svc-1`, `svc-2`, … unless given.
 */
export function buildService(overrides: ServiceOverrides = {}): Service {
  const { frequency, funding, ...rest } = overrides;
  serviceCounter += 1;
  return {
    id: `svc-${serviceCounter}`,
    name: `שירות ${serviceCounter}`,
    description: '',
    kind: 'standard',
    delivery: 'group',
    targetGroup: '',
    operator: 'department',
    partnerId: null,
    budgetLine: '8431',
    participants: 10,
    frequency: { unit: 'year', perYear: 1, ...frequency },
    unitCost: 1_000,
    funding: { ministry: null, authority: null, other: 0, otherSource: '', ...funding },
    staffHours: 0,
    outcomeIds: [],
    needIds: [],
    notes: '',
    formulas: [],
    custom: [],
    copiedFrom: null,
    existingServiceId: null,
    ...rest,
  };
}

/** A service whose yearly total is exactly `shekels` (one participant, one unit a year). */
export function buildServiceCosting(shekels: number, overrides: ServiceOverrides = {}): Service {
  return buildService({ participants: 1, frequency: { unit: 'year', perYear: 1 }, unitCost: shekels, ...overrides });
}

/** A self-developed program whose yearly total is exactly `shekels`. */
export function buildSelfDevelopedCosting(shekels: number, overrides: ServiceOverrides = {}): Service {
  return buildServiceCosting(shekels, { kind: 'self-developed', ...overrides });
}

/** The plan with these services appended (the plan given is not changed). */
export function withServices(plan: Plan, ...services: Service[]): Plan {
  return { ...plan, services: [...plan.services, ...services] };
}

/** The plan with its details merged with `details` (the plan given is not changed). */
export function withDetails(plan: Plan, details: Partial<PlanDetails>): Plan {
  return { ...plan, details: { ...plan.details, ...details } };
}

/** The plan with its policy merged with `policy` (the plan given is not changed). */
export function withPolicy(plan: Plan, policy: Partial<Policy>): Plan {
  return { ...plan, policy: { ...plan.policy, ...policy } };
}

/** A schema-valid outcome (belonging, short term, no indicators); the id is required. */
export function buildOutcome(id: string, overrides: Partial<Outcome> = {}): Outcome {
  return {
    id,
    title: `תוצאה ${id}`,
    description: '',
    goal: 'belonging',
    horizon: 'short',
    needIds: [],
    leadsTo: [],
    indicators: [],
    ...overrides,
  };
}

/** The plan with outcomes of these ids appended (the plan given is not changed). */
export function withOutcomes(plan: Plan, ...ids: string[]): Plan {
  return { ...plan, outcomes: [...plan.outcomes, ...ids.map((id) => buildOutcome(id))] };
}
