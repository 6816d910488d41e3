import type { LocalizedText } from '../model/localized-text.ts';
import type { Service } from '../model/plan-schema.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import type { Agorot } from '../budget/money.ts';
import type { ClusterPlan } from './cluster-files.ts';
import { normaliseServiceName, serviceKindOf } from './service-kind.ts';
import { spreadOf, type ValueSpread } from './value-spread.ts';

/** One authority's service of a kind, with what it costs; `service` is the evaluated card, ready to copy. */
export type KindEntry = {
  path: string;
  planId: string;
  authority: string;
  year: number;
  service: Service;
  total: Agorot;
};

/** Unit costs compare only within one unit of frequency: a week's cost is not a session's. */
export type UnitCostSpread = { unit: Service['frequency']['unit'] } & ValueSpread;

export type ServiceKindComparison = {
  key: string;
  catalogueId: string | null;
  label: LocalizedText;
  /** The authorities running it, each once, in the order of the files. */
  authorities: string[];
  entries: KindEntry[];
  /** Per unit of frequency, the most common unit first; every service of the kind counts once. */
  unitCosts: UnitCostSpread[];
  /** Run by two or more authorities: a candidate for running together. */
  couldBeShared: boolean;
};

/** Plans of one authority (two years of it, two drafts) count as one authority. */
const authorityKey = (entry: ClusterPlan) => normaliseServiceName(entry.plan.details.authority) || entry.path;

/**
 * Which kinds of service the cluster's plans run, who runs each and at what unit cost. Only the
 * services in each plan's budget this year count: a deferred or rejected one is not run.
 */
export function servicesAcross(plans: readonly ClusterPlan[]): ServiceKindComparison[] {
  const kinds = new Map<string, { kind: ReturnType<typeof serviceKindOf>; entries: KindEntry[]; authorities: Map<string, string> }>();
  for (const entry of plans) {
    const { plan } = entry;
    for (const service of servicesInBudget(plan)) {
      const kind = serviceKindOf(service.name);
      const group = kinds.get(kind.key) ?? { kind, entries: [], authorities: new Map<string, string>() };
      kinds.set(kind.key, group);
      group.entries.push({ path: entry.path, planId: plan.id, authority: plan.details.authority, year: plan.details.year, service, total: serviceTotal(service) });
      const key = authorityKey(entry);
      if (!group.authorities.has(key)) group.authorities.set(key, plan.details.authority || entry.name);
    }
  }
  const comparisons = [...kinds.values()].map(({ kind, entries, authorities }): ServiceKindComparison => {
    const byUnit = new Map<Service['frequency']['unit'], number[]>();
    for (const { service } of entries) {
      const costs = byUnit.get(service.frequency.unit) ?? [];
      costs.push(service.unitCost);
      byUnit.set(service.frequency.unit, costs);
    }
    const unitCosts = [...byUnit].map(([unit, costs]) => ({ unit, ...spreadOf(costs)! })).sort((a, b) => b.count - a.count);
    return { key: kind.key, catalogueId: kind.catalogueId, label: kind.label, authorities: [...authorities.values()], entries, unitCosts, couldBeShared: authorities.size >= 2 };
  });
  return comparisons.sort((a, b) => b.authorities.length - a.authorities.length || b.entries.length - a.entries.length || a.key.localeCompare(b.key));
}
