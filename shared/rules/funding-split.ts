import type { Plan, Service } from '../model/plan-schema.ts';
import { agorot, agorotFromShekels } from '../budget/money.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { formatMoney } from '../format/number-format.ts';
import type { Language } from '../model/localized-text.ts';
import { cellPath } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const fundingSplitRule = 'funding-split';

type Part = 'ministry' | 'authority' | 'other';

const partNames: Record<Part, Record<Language, string>> = {
  ministry: { he: 'חלק המשרד', en: 'the ministry part' },
  authority: { he: 'חלק הרשות', en: 'the authority part' },
  other: { he: 'מקורות אחרים', en: 'other sources' },
};

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
  const money = (amount: number, language: Language) => formatMoney(agorot(amount), language);
  const finding = (part: Part, message: Record<Language, string>): Finding => ({
    rule: fundingSplitRule,
    severity: 'error',
    path: cellPath(index, part),
    target: { serviceId: service.id, field: part },
    message,
  });

  if (ministry !== null && authority !== null) {
    const sum = ministry + authority + other;
    if (sum === total) return null;
    const text = (language: Language) => ({
      total: money(total, language),
      sum: money(sum, language),
      ministry: money(ministry, language),
      authority: money(authority, language),
      other: money(other, language),
      difference: money(Math.abs(sum - total), language),
    });
    const he = text('he');
    const en = text('en');
    const direction = sum > total ? { he: 'יותר', en: 'more' } : { he: 'פחות', en: 'less' };
    return finding('ministry', {
      he: `${service.name}: חלקי המימון מסתכמים בסך ${he.sum} (משרד ${he.ministry}, רשות ${he.authority}, מקורות אחרים ${he.other}), אבל עלות השירות היא ${he.total}: ${he.difference} ${direction.he} מהעלות. יש לתקן את החלקים כך שיסתכמו בדיוק בעלות.`,
      en: `${service.name}: the funding parts add up to ${en.sum} (ministry ${en.ministry}, authority ${en.authority}, other sources ${en.other}), but the service costs ${en.total}: ${en.difference} ${direction.en} than the cost. Correct the parts so that they add up to the cost exactly.`,
    });
  }

  if (other > total) {
    return finding('other', {
      he: `${service.name}: מקורות אחרים (${money(other, 'he')}) גבוהים מעלות השירות (${money(total, 'he')}). יש לתקן את הסכום ממקורות אחרים או את העלות.`,
      en: `${service.name}: other sources (${money(other, 'en')}) are more than the service costs (${money(total, 'en')}). Correct the amount from other sources or the cost.`,
    });
  }

  const typed: Part | null = ministry !== null ? 'ministry' : authority !== null ? 'authority' : null;
  const typedAmount = ministry ?? authority;
  if (typed === null || typedAmount === null) return null;
  const left = total - other;
  if (typedAmount <= left) return null;
  const name = partNames[typed];
  return finding(typed, {
    he: `${service.name}: ${name.he} (${money(typedAmount, 'he')}) גבוה ממה שנשאר לממן אחרי מקורות אחרים: ${money(left, 'he')} (עלות ${money(total, 'he')}, מקורות אחרים ${money(other, 'he')}). יש להקטין את ${name.he} או לתקן את העלות.`,
    en: `${service.name}: ${name.en} (${money(typedAmount, 'en')}) is more than is left to fund after other sources: ${money(left, 'en')} (cost ${money(total, 'en')}, other sources ${money(other, 'en')}). Reduce ${name.en} or correct the cost.`,
  });
}
