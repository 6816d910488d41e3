import type { Policy, Service } from '../model/plan-schema.ts';
import { agorot, agorotFromShekels, roundHalfAwayFromZero, type Agorot } from './money.ts';

export type ServiceCost = {
  total: Agorot;
  ministry: Agorot;
  authority: Agorot;
  other: Agorot;
};

/**
 * participants × units a year × unit cost, rounded once, at the end, to the agora (half away
 * from zero): `roundHalfAwayFromZero(participants × perYear × unitCost × 100)` agorot. The unit
 * cost is not rounded to agorot first, because the budget grid computes the same total as
 * Excel's `ROUND(participants*perYear*unitCost, 2)` and the two must agree to the agora
 * (₪0.125 × 1,000 is ₪125, not the ₪130 that rounding the unit cost first would give).
 */
export function serviceTotal(service: Service): Agorot {
  return agorot(roundHalfAwayFromZero(service.participants * service.frequency.perYear * service.unitCost * 100));
}

/**
 * The funding split of one service. Other sources (fees, donations) come off the top; the rest
 * is matched by the year's ministry share unless the team typed the ministry or authority part.
 */
export function serviceCost(service: Service, policy: Policy): ServiceCost {
  const total = serviceTotal(service);
  const other = agorotFromShekels(service.funding.other);
  const matched = total - other;
  const typedMinistry = service.funding.ministry === null ? null : agorotFromShekels(service.funding.ministry);
  const typedAuthority = service.funding.authority === null ? null : agorotFromShekels(service.funding.authority);
  const ministry =
    typedMinistry ??
    (typedAuthority === null ? roundHalfAwayFromZero(matched * policy.ministryShare) : matched - typedAuthority);
  const authority = typedAuthority ?? matched - ministry;
  return { total, ministry: agorot(ministry), authority: agorot(authority), other };
}
