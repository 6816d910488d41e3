import type { Language } from '../model/localized-text.ts';
import { draftText } from '../i18n/translate.ts';
import type { Plan, Service } from '../model/plan-schema.ts';
import { newService } from '../budget/new-service.ts';
import type { CatalogueService } from './service-catalogue.ts';

/**
 * A new service card from the catalogue, with the catalogue's usual shape and illustrative
 * sizes for the team to change, tied to the plan's outcomes that measure what the service
 * usually moves (their indicators come from the same library entries); other links are the team's.
 */
export function serviceFromCatalogue(entry: CatalogueService, id: string, plan: Plan, language: Language): Service {
  const service = newService(id, language, entry.name[language]);
  const byIndicator = plan.outcomes.filter((outcome) => outcome.indicators.some((indicator) => indicator.libraryId !== null && entry.indicatorIds.includes(indicator.libraryId)));
  return {
    ...service,
    description: entry.description[language],
    kind: entry.kind,
    delivery: entry.delivery,
    operator: entry.operator,
    participants: entry.typicalParticipants,
    frequency: { ...entry.frequency },
    unitCost: entry.typicalUnitCost,
    outcomeIds: byIndicator.map((outcome) => outcome.id),
  };
}

/** A copy of a card under a new id, named as a copy; its formulas refer to its own row, so they still hold. */
export function duplicateService(service: Service, id: string, language: Language): Service {
  return { ...structuredCopy(service), id, name: draftText(language, 'draft.copyOf', { name: service.name }) };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
