import type { Plan, Service } from '../model/plan-schema.ts';
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
  if (service.outcomeIds.length === 0) {
    return {
      ...base,
      severity: 'warning',
      message: {
        he: `${service.name}: השירות אינו מקושר לאף תוצאה. יש לבחור את התוצאות שהוא מקדם, כדי שיופיע במודל הלוגי.`,
        en: `${service.name}: the service is not linked to any outcome. Choose the outcomes it advances, so that it appears in the logic model.`,
      },
    };
  }
  const missing = [...new Set(service.outcomeIds.filter((id) => !outcomes.has(id)))];
  if (missing.length === 0) return null;
  const ids = missing.join(', ');
  const message =
    missing.length === 1
      ? {
          he: `${service.name}: השירות מקושר לתוצאה שאינה קיימת בתכנית (${ids}). ייתכן שהקובץ נערך ידנית או נפגע; יש להסיר את הקישור ולבחור תוצאה קיימת.`,
          en: `${service.name}: the service is linked to an outcome that is not in the plan (${ids}). The file may have been edited by hand or damaged; remove the link and choose an existing outcome.`,
        }
      : {
          he: `${service.name}: השירות מקושר לתוצאות שאינן קיימות בתכנית (${ids}). ייתכן שהקובץ נערך ידנית או נפגע; יש להסיר את הקישורים ולבחור תוצאות קיימות.`,
          en: `${service.name}: the service is linked to outcomes that are not in the plan (${ids}). The file may have been edited by hand or damaged; remove the links and choose existing outcomes.`,
        };
  return { ...base, severity: 'error', message };
}
