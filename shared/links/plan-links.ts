import type { Plan } from '../model/plan-schema.ts';

export type LinkedItem = { kind: 'need' | 'outcome' | 'service'; id: string; name: string };

/**
 * What links to a need or an outcome: what would be left without it if it went. Needs are
 * answered by outcomes and services; outcomes are advanced by services and led to by others.
 */
export function linksTo(plan: Plan, target: { kind: 'need' | 'outcome'; id: string }): LinkedItem[] {
  const field = target.kind === 'need' ? 'needIds' : 'outcomeIds';
  const outcomes = plan.outcomes
    .filter((outcome) => (target.kind === 'need' ? outcome.needIds.includes(target.id) : outcome.leadsTo.includes(target.id)))
    .map((outcome): LinkedItem => ({ kind: 'outcome', id: outcome.id, name: outcome.title }));
  const services = plan.services.filter((service) => service[field].includes(target.id)).map((service): LinkedItem => ({ kind: 'service', id: service.id, name: service.name }));
  return [...outcomes, ...services];
}
