import type { Plan, Service } from '../model/plan-schema.ts';
import { message } from '../i18n/message.ts';
import type { Finding } from './finding.ts';

export const serviceNoOutcomeRule = 'service-no-outcome';

/**
 * Every service should serve at least one of the plan's outcomes, or it has no place in the logic
 * model: a warning, since the team links services while it builds the mix. A link to an outcome
 * the plan does not have is an error: the app never writes one, so the file was edited by hand
 * or damaged, and the logic model would draw an arrow to nothing. The grid has no outcome
 * column, so the finding marks the service's name.
 */
export function checkServiceNoOutcome(plan: Plan): Finding[] {
  const outcomes = new Set(plan.outcomes.map((outcome) => outcome.id));
  return plan.services.flatMap((service, index) => serviceNoOutcomeFinding(service, index, outcomes) ?? []);
}

export function serviceNoOutcomeFinding(service: Service, index: number, outcomes: ReadonlySet<string>): Finding | null {
  const base = { rule: serviceNoOutcomeRule, path: `services[${index}].outcomeIds`, target: { serviceId: service.id, field: 'name' } };
  if (service.outcomeIds.length === 0) return { ...base, severity: 'warning', message: message('rule.serviceNoOutcome', { service: service.name }) };
  const missing = [...new Set(service.outcomeIds.filter((id) => !outcomes.has(id)))];
  if (missing.length === 0) return null;
  const params = { service: service.name, ids: missing.join(', ') };
  return { ...base, severity: 'error', message: message(missing.length === 1 ? 'rule.serviceMissingOutcome' : 'rule.serviceMissingOutcomes', params) };
}
