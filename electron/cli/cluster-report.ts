import { shekelsFromAgorot, agorotFromShekels, type Agorot } from '@shared/budget/money.ts';
import { frequencyUnitLabels } from '@shared/budget/option-labels.ts';
import type { ClusterComparison } from '@shared/cluster/cluster-comparison.ts';
import { goalKeys } from '@shared/cluster/authority-row.ts';
import { goalKeyLabels } from '@shared/cluster/cluster-labels.ts';
import type { UnitCostSpread } from '@shared/cluster/services-across.ts';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { translate as say } from '@shared/i18n/translate.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { reviewStandingJson } from '@shared/review/review-standing-json.ts';
import { reviewStandingMessage } from '@shared/review/review-standing-words.ts';

const shekels = (amount: Agorot | null) => (amount === null ? null : shekelsFromAgorot(amount));

/**
 * `tamhil cluster --json`: one entry per plan naming its file, its review standing, amounts in
 * shekels and shares as fractions (as `validate --json`), every kind of service with who runs it and its unit costs,
 * and the files that could not be read with the reason.
 */
export function clusterJson(comparison: ClusterComparison, folder: string, language: Language) {
  return {
    folder,
    plans: comparison.rows.map((row) => ({
      file: row.path,
      authority: row.authority,
      year: row.year,
      review: reviewStandingJson(row.review, language),
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

/** The comparison for people: a few lines per plan, then the kinds of service two or more authorities run. */
export function clusterText(comparison: ClusterComparison, folder: string, language: Language): string {
  const unknown = say(language, 'cli.cluster.unknown');
  const money = (amount: Agorot | null) => (amount === null ? unknown : formatMoney(amount, language));
  const share = (fraction: number | null) => (fraction === null ? unknown : formatPercent(fraction, language, 2));
  const count = (value: number | null) => (value === null ? unknown : formatNumber(value, language));
  const lines = [`${folder}: ${say(language, 'cli.cluster.summary', { plans: count(comparison.rows.length), unreadable: count(comparison.unreadable.length) })}`];
  for (const row of comparison.rows) {
    const { totals } = row;
    const limit = { share: share(totals.selfDevelopmentShare), limit: share(totals.selfDevelopmentLimit) };
    lines.push(
      `${row.path}: ${row.authority} ${row.year} · ${wordMessage(language, reviewStandingMessage(row.review))}`,
      `  ${say(language, 'cli.cluster.seniors', { aged65: count(row.seniors.aged65Plus), aged75: count(row.seniors.aged75Plus) })}`,
      `  ${say(language, 'cli.cluster.funding', { total: money(totals.total), ministry: `${money(totals.ministry)} (${share(row.ministryShare)})`, authority: `${money(totals.authority)} (${share(row.authorityShare)})` })}`,
      `  ${say(language, row.overLimit ? 'cli.cluster.limitOver' : 'cli.cluster.limit', limit)} · ${say(language, 'cli.cluster.perSenior', { amount: money(row.costPerSenior) })}`,
      `  ${say(language, 'cli.cluster.byGoal')}: ${goalKeys.map((goal) => `${goalKeyLabels[goal][language]} ${count(row.servicesByGoal[goal])}`).join(', ')}`,
    );
  }
  const shared = comparison.services.filter((kind) => kind.couldBeShared);
  lines.push('', say(language, shared.length > 0 ? 'cli.cluster.shared' : 'cli.cluster.noneShared'));
  const unitCost = (spread: UnitCostSpread) =>
    say(language, 'cli.cluster.unitCost', {
      median: formatMoney(agorotFromShekels(spread.median), language),
      unit: frequencyUnitLabels[spread.unit][language].toLowerCase(),
      min: formatMoney(agorotFromShekels(spread.min), language),
      max: formatMoney(agorotFromShekels(spread.max), language),
      count: count(spread.count),
    });
  for (const kind of shared) {
    lines.push(`  ${kind.label[language]} (${say(language, 'cli.cluster.authorities', { count: count(kind.authorities.length) })}): ${kind.authorities.join(', ')}`);
    for (const spread of kind.unitCosts) lines.push(`    ${unitCost(spread)}`);
  }
  return `${lines.join('\n')}\n`;
}
