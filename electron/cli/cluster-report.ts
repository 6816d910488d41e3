import { shekelsFromAgorot, agorotFromShekels, type Agorot } from '@shared/budget/money.ts';
import { frequencyUnitLabels } from '@shared/budget/option-labels.ts';
import type { ClusterComparison } from '@shared/cluster/cluster-comparison.ts';
import { goalKeys } from '@shared/cluster/authority-row.ts';
import { goalKeyLabels, reviewStatusLabels } from '@shared/cluster/cluster-labels.ts';
import type { UnitCostSpread } from '@shared/cluster/services-across.ts';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';

const shekels = (amount: Agorot | null) => (amount === null ? null : shekelsFromAgorot(amount));

/**
 * `tamhil cluster --json`: one entry per plan naming its file, amounts in shekels and shares as
 * fractions (as `validate --json`), every kind of service with who runs it and its unit costs,
 * and the files that could not be read with the reason.
 */
export function clusterJson(comparison: ClusterComparison, folder: string, language: Language) {
  return {
    folder,
    plans: comparison.rows.map((row) => ({
      file: row.path,
      authority: row.authority,
      year: row.year,
      status: row.status,
      population: { basis: row.seniors.basis, aged65Plus: row.seniors.aged65Plus, aged75Plus: row.seniors.aged75Plus },
      totals: {
        total: shekels(row.totals.total),
        ministry: shekels(row.totals.ministry),
        authority: shekels(row.totals.authority),
        other: shekels(row.totals.other),
        selfDevelopment: shekels(row.totals.selfDevelopment),
        communityBudget: shekels(row.totals.communityBudget),
      },
      shares: { ministry: row.ministryShare, authority: row.authorityShare },
      selfDevelopment: { share: row.totals.selfDevelopmentShare, limit: row.totals.selfDevelopmentLimit, overLimit: row.overLimit },
      costPerSenior: shekels(row.costPerSenior),
      servicesByGoal: row.servicesByGoal,
    })),
    services: comparison.services.map((kind) => ({
      catalogueId: kind.catalogueId,
      name: kind.label[language],
      authorities: kind.authorities,
      couldBeShared: kind.couldBeShared,
      unitCosts: kind.unitCosts,
      entries: kind.entries.map((entry) => ({
        file: entry.path,
        authority: entry.authority,
        year: entry.year,
        serviceId: entry.service.id,
        service: entry.service.name,
        participants: entry.service.participants,
        unit: entry.service.frequency.unit,
        perYear: entry.service.frequency.perYear,
        unitCost: entry.service.unitCost,
        total: shekels(entry.total),
      })),
    })),
    unreadable: comparison.unreadable.map((file) => ({ file: file.path, reason: openErrorMessage(file.error, language) })),
  };
}

const texts = {
  he: {
    summary: (plans: string, unreadable: string) => `${plans} תכניות, ${unreadable} קבצים שלא נקראו`,
    seniors: (aged65: string, aged75: string) => `בני 65+ ${aged65} · בני 75+ ${aged75}`,
    funding: (total: string, ministry: string, authority: string) => `סך ${total} · משרד ${ministry} · רשות ${authority}`,
    limit: (share: string, limit: string, over: boolean) => `פיתוח עצמי ${share} מול מגבלה של ${limit}${over ? ' — חריגה' : ''}`,
    perSenior: (amount: string) => `עלות לוותיק ${amount}`,
    byGoal: 'שירותים לפי יעד',
    shared: 'שירותים שמפעילות שתי רשויות או יותר (אפשר להפעיל במשותף):',
    noneShared: 'אין שירות שמפעילות שתי רשויות או יותר.',
    authorities: (count: string) => `${count} רשויות`,
    unitCost: (median: string, unit: string, min: string, max: string, count: string) => `${median} ל${unit} (חציון; ${min}–${max}, ${count} שירותים)`,
    unknown: '—',
  },
  en: {
    summary: (plans: string, unreadable: string) => `${plans} plans, ${unreadable} unreadable files`,
    seniors: (aged65: string, aged75: string) => `aged 65+ ${aged65} · aged 75+ ${aged75}`,
    funding: (total: string, ministry: string, authority: string) => `total ${total} · ministry ${ministry} · authority ${authority}`,
    limit: (share: string, limit: string, over: boolean) => `self-development ${share} against a limit of ${limit}${over ? ' — OVER' : ''}`,
    perSenior: (amount: string) => `cost per senior ${amount}`,
    byGoal: 'services by goal',
    shared: 'Services run by two or more authorities (could be shared):',
    noneShared: 'No service is run by two or more authorities.',
    authorities: (count: string) => `${count} authorities`,
    unitCost: (median: string, unit: string, min: string, max: string, count: string) => `${median} a ${unit} (median; ${min}–${max}, ${count} services)`,
    unknown: '—',
  },
} as const;

/** The comparison for people: a few lines per plan, then the kinds of service two or more authorities run. */
export function clusterText(comparison: ClusterComparison, folder: string, language: Language): string {
  const text = texts[language];
  const money = (amount: Agorot | null) => (amount === null ? text.unknown : formatMoney(amount, language));
  const share = (fraction: number | null) => (fraction === null ? text.unknown : formatPercent(fraction, language, 2));
  const count = (value: number | null) => (value === null ? text.unknown : formatNumber(value, language));
  const lines = [`${folder}: ${text.summary(count(comparison.rows.length), count(comparison.unreadable.length))}`];
  for (const row of comparison.rows) {
    const { totals } = row;
    lines.push(
      `${row.path}: ${row.authority} ${row.year} · ${reviewStatusLabels[row.status][language]}`,
      `  ${text.seniors(count(row.seniors.aged65Plus), count(row.seniors.aged75Plus))}`,
      `  ${text.funding(money(totals.total), `${money(totals.ministry)} (${share(row.ministryShare)})`, `${money(totals.authority)} (${share(row.authorityShare)})`)}`,
      `  ${text.limit(share(totals.selfDevelopmentShare), share(totals.selfDevelopmentLimit), row.overLimit)} · ${text.perSenior(money(row.costPerSenior))}`,
      `  ${text.byGoal}: ${goalKeys.map((goal) => `${goalKeyLabels[goal][language]} ${count(row.servicesByGoal[goal])}`).join(', ')}`,
    );
  }
  const shared = comparison.services.filter((kind) => kind.couldBeShared);
  lines.push('', shared.length > 0 ? text.shared : text.noneShared);
  const unitCost = (spread: UnitCostSpread) =>
    text.unitCost(
      formatMoney(agorotFromShekels(spread.median), language),
      frequencyUnitLabels[spread.unit][language].toLowerCase(),
      formatMoney(agorotFromShekels(spread.min), language),
      formatMoney(agorotFromShekels(spread.max), language),
      count(spread.count),
    );
  for (const kind of shared) {
    lines.push(`  ${kind.label[language]} (${text.authorities(count(kind.authorities.length))}): ${kind.authorities.join(', ')}`);
    for (const spread of kind.unitCosts) lines.push(`    ${unitCost(spread)}`);
  }
  return `${lines.join('\n')}\n`;
}
