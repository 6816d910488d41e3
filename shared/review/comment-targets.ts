import { budgetColumns } from '../budget/budget-columns.ts';
import type { Language } from '../model/localized-text.ts';
import type { Plan } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { stationById } from '../stations/all-stations.ts';

/** What a comment is about, parsed from its path in the plan file. */
export type CommentTarget =
  | { kind: 'plan' }
  | { kind: 'station'; station: StationId }
  | { kind: 'service'; serviceId: string }
  | { kind: 'cell'; serviceId: string; field: string }
  | { kind: 'outcome'; outcomeId: string }
  | { kind: 'indicator'; outcomeId: string; indicatorId: string };

/**
 * Paths name items by id, in the plan file's terms (`services[svc-3].unitCost`), so a comment
 * keeps pointing at its item when others are added, removed or reordered.
 */
export function targetPath(target: CommentTarget): string {
  switch (target.kind) {
    case 'plan':
      return 'plan';
    case 'station':
      return `stations.${target.station}.notes`;
    case 'service':
      return `services[${target.serviceId}]`;
    case 'cell':
      return `services[${target.serviceId}].${target.field}`;
    case 'outcome':
      return `outcomes[${target.outcomeId}]`;
    case 'indicator':
      return `outcomes[${target.outcomeId}].indicators[${target.indicatorId}]`;
  }
}

export function parseTargetPath(path: string): CommentTarget | null {
  if (path === 'plan') return { kind: 'plan' };
  const station = /^stations\.([a-z-]+)\.notes$/.exec(path);
  if (station && (stationIds as readonly string[]).includes(station[1]!)) return { kind: 'station', station: station[1] as StationId };
  const service = /^services\[([^\]]+)\](?:\.([A-Za-z0-9_-]+))?$/.exec(path);
  if (service) return service[2] ? { kind: 'cell', serviceId: service[1]!, field: service[2] } : { kind: 'service', serviceId: service[1]! };
  const outcome = /^outcomes\[([^\]]+)\](?:\.indicators\[([^\]]+)\])?$/.exec(path);
  if (outcome) return outcome[2] ? { kind: 'indicator', outcomeId: outcome[1]!, indicatorId: outcome[2] } : { kind: 'outcome', outcomeId: outcome[1]! };
  return null;
}

/** The item's name in the plan, or null when it is no longer there (a comment outlives a deleted service). */
export function targetName(plan: Plan, target: CommentTarget, language: Language): string | null {
  switch (target.kind) {
    case 'plan':
      return plan.details.authority;
    case 'station':
      return stationById(target.station).name[language];
    case 'service':
      return plan.services.find((service) => service.id === target.serviceId)?.name ?? null;
    case 'cell': {
      const service = plan.services.find((entry) => entry.id === target.serviceId);
      const column = budgetColumns(plan).find((entry) => entry.id === target.field);
      return service && column ? `${service.name} · ${column.header[language]}` : null;
    }
    case 'outcome':
      return plan.outcomes.find((outcome) => outcome.id === target.outcomeId)?.title ?? null;
    case 'indicator':
      return plan.outcomes.find((outcome) => outcome.id === target.outcomeId)?.indicators.find((indicator) => indicator.id === target.indicatorId)?.name ?? null;
  }
}

/** Every item a reviewer can comment on, grouped as the picker shows them; a budget cell is a service and one of its columns. */
export function commentTargets(plan: Plan): { group: 'plan' | 'stations' | 'services' | 'outcomes' | 'indicators'; targets: CommentTarget[] }[] {
  return [
    { group: 'plan', targets: [{ kind: 'plan' }] },
    { group: 'stations', targets: stationIds.map((station) => ({ kind: 'station', station })) },
    { group: 'services', targets: plan.services.map((service) => ({ kind: 'service', serviceId: service.id })) },
    { group: 'outcomes', targets: plan.outcomes.map((outcome) => ({ kind: 'outcome', outcomeId: outcome.id })) },
    {
      group: 'indicators',
      targets: plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => ({ kind: 'indicator' as const, outcomeId: outcome.id, indicatorId: indicator.id }))),
    },
  ];
}
