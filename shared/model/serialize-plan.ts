import { PlanSchema, type Plan } from './plan-schema.ts';

/**
 * The text written to disk: parsing through the schema puts keys in the schema's order (and
 * drops anything the schema does not know), so two saves of the same plan are byte-identical
 * and a diff between versions shows only what changed.
 */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(PlanSchema.parse(plan), null, 2)}\n`;
}
