import type { RemovedItems } from '../links/detach-references.ts';
import type { Plan } from '../model/plan-schema.ts';
import { stationIds } from '../model/station-id.ts';

function missing<Id>(sources: readonly Plan[], merged: Plan, ids: (plan: Plan) => readonly Id[]): Id[] {
  const kept = new Set(ids(merged));
  return [...new Set(sources.flatMap(ids))].filter((id) => !kept.has(id));
}

/**
 * Every item one of the three plans held that the merged plan does not, for detachReferences:
 * a link theirs added to an item mine removed (or the other way) would otherwise point at nothing.
 */
export function removedItems(sources: readonly Plan[], merged: Plan): RemovedItems {
  return {
    services: missing(sources, merged, (plan) => plan.services.map((service) => service.id)),
    outcomes: missing(sources, merged, (plan) => plan.outcomes.map((outcome) => outcome.id)),
    needs: missing(sources, merged, (plan) => plan.needs.map((need) => need.id)),
    indicators: missing(sources, merged, (plan) => plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => indicator.id))),
    budgetColumns: missing(sources, merged, (plan) => plan.budgetColumns.map((column) => column.id)),
    ageBands: missing(sources, merged, (plan) => plan.population.bands.map((band) => band.id)),
    partners: missing(sources, merged, (plan) => plan.partners.map((partner) => partner.id)),
    existingServices: missing(sources, merged, (plan) => plan.existingServices.map((service) => service.id)),
    activities: missing(sources, merged, (plan) => plan.activities.map((activity) => activity.id)),
    populationYears: missing(sources, merged, (plan) => plan.population.years.map((year) => year.year)),
    ownItems: stationIds.flatMap((station) =>
      missing(sources, merged, (plan) => plan.stations[station].ownItems.map((item) => item.id)).map((id) => ({ station, id })),
    ),
  };
}
