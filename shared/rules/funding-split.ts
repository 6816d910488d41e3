import type { Plan, Service } from '../model/plan-schema.ts';
import { agorot, agorotFromShekels } from '../budget/money.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { message, moneyParam, type Message } from '../i18n/message.ts';
import { cellPath } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const fundingSplitRule = 'funding-split';

type Part = 'ministry' | 'authority' | 'other';

const partNames = {
  ministry: 'rule.fundingPart.ministry',
  authority: 'rule.fundingPart.authority',
  other: 'rule.fundingPart.other',
} as const satisfies Record<Part, string>;

/**
 * The funding parts of a service must pay for exactly its cost, to the agora. A part the team
 * left empty takes what the typed parts leave, so the split can only go wrong when both matched
 * parts are typed and do not add up to the cost, or when what is typed leaves a negative part:
 * other sources above the cost, or a typed part above what is left after them. One finding per
 * service, at the part to correct.
 */
export function checkFundingSplit(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  plan.services.forEach((service, index) => {
    const finding = fundingFinding(service, index);
    if (finding) findings.push(finding);
  });
  return findings;
}

export function fundingFinding(service: Service, index: number): Finding | null {
  const total = serviceTotal(service);
  const other = agorotFromShekels(service.funding.other);
  const ministry = service.funding.ministry === null ? null : agorotFromShekels(service.funding.ministry);
  const authority = service.funding.authority === null ? null : agorotFromShekels(service.funding.authority);
  const money = (amount: number) => moneyParam(agorot(amount));
  const finding = (part: Part, text: Message): Finding => ({
    rule: fundingSplitRule,
    severity: 'error',
    path: cellPath(index, part),
    target: { serviceId: service.id, field: part },
    message: text,
  });

  if (ministry !== null && authority !== null) {
    const sum = ministry + authority + other;
    if (sum === total) return null;
    const figures = {
      service: service.name,
      total: money(total),
      sum: money(sum),
      ministry: money(ministry),
      authority: money(authority),
      other: money(other),
      difference: money(Math.abs(sum - total)),
    };
    return finding('ministry', message(sum > total ? 'rule.fundingSumOver' : 'rule.fundingSumUnder', figures));
  }

  if (other > total) return finding('other', message('rule.fundingOtherOverCost', { service: service.name, other: money(other), total: money(total) }));

  const typed: Part | null = ministry !== null ? 'ministry' : authority !== null ? 'authority' : null;
  const typedAmount = ministry ?? authority;
  if (typed === null || typedAmount === null) return null;
  const left = total - other;
  if (typedAmount <= left) return null;
  return finding(
    typed,
    message('rule.fundingPartOverLeft', {
      service: service.name,
      part: message(partNames[typed]),
      amount: money(typedAmount),
      left: money(left),
      total: money(total),
      other: money(other),
    }),
  );
}
