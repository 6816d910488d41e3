import { parseArgs } from 'node:util';
import { shekelsFromAgorot } from '@shared/budget/money.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { hasErrors } from '@shared/rules/validate-plan.ts';
import { checkEvaluatedPlan } from '@shared/rules/check-evaluated-plan.ts';
import { message, moneyParam, percentParam } from '@shared/i18n/message.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { Output } from './terminal-output.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { sayIn } from './command-line.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { reviewStandingJson } from '@shared/review/review-standing-json.ts';
import { reviewStandingMessage } from '@shared/review/review-standing-words.ts';
import { commandLineTrust } from '../host/trusted-keys-command-line.ts';
import { userDataFolder } from '../host/user-data.ts';
import { readLimitedFile } from './cli-files.ts';

/**
 * `tamhil validate FILE [--json] [--lang he|en] [--trust KEYFILE]...`. The same readPlan and
 * checkPlan as the app, so a reviewer's verdict is the team's, and the same review standing:
 * an approval is believed from the keys given with --trust, the installation's trusted list and
 * the keys imported in the app. Messages default to English because most terminals cannot show
 * Hebrew right to left.
 */
export async function validateCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, trust: { type: 'string', multiple: true, default: [] } },
      allowPositionals: true,
    });
  } catch (error) {
    stderr.write(`tamhil validate: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const language: Language = values.lang === 'he' ? 'he' : 'en';
  const say = sayIn(language);
  if (positionals.length !== 1) {
    stderr.write(`tamhil validate: ${say('cli.onePlanFile')}\n`);
    return 2;
  }
  const file = positionals[0]!;
  const trust = await commandLineTrust(values.trust, language, userDataFolder());
  if (!trust.ok) {
    stderr.write(`tamhil validate: ${trust.problem}\n`);
    return 2;
  }
  for (const warning of trust.warnings) stderr.write(`tamhil validate: ${warning}\n`);
  // The reader the other commands use: regular files only (a pipe would wait forever), within the size limit.
  const bytes = await readLimitedFile(file, planFileSizeLimit);
  if (!bytes.ok) {
    stderr.write(`tamhil validate: ${file}: ${openErrorMessage(bytes.error, language)}\n`);
    return 2;
  }
  const text = bytes.bytes.toString('utf8');
  const read = readPlan(text);
  if (!read.ok) {
    stderr.write(`tamhil validate: ${file}: ${openErrorMessage(read.error, language)}\n`);
    return 2;
  }
  const { totals, findings } = checkEvaluatedPlan(read.plan);
  const valid = !hasErrors(findings);
  const standing = reviewStanding(read.plan, trust.keys);
  if (trust.keys.length === 0 && standing.failures.includes('key-not-trusted')) stderr.write(`tamhil validate: ${trust.noKeysHint}\n`);
  if (values.json) {
    const report = {
      file,
      valid,
      schemaVersion: read.plan.schemaVersion,
      totals: {
        total: shekelsFromAgorot(totals.total),
        ministry: shekelsFromAgorot(totals.ministry),
        authority: shekelsFromAgorot(totals.authority),
        other: shekelsFromAgorot(totals.other),
        selfDevelopment: shekelsFromAgorot(totals.selfDevelopment),
        communityBudget: shekelsFromAgorot(totals.communityBudget),
        selfDevelopmentShare: totals.selfDevelopmentShare,
        selfDevelopmentLimit: totals.selfDevelopmentLimit,
      },
      findings: findings.map(({ rule, severity, path, message }) => ({ rule, severity, path, message: wordMessage(language, message) })),
      review: reviewStandingJson(standing, language),
    };
    stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const { details } = read.plan;
    stdout.write(`${file}: ${details.authority} ${details.year}\n`);
    const lines = [
      message('trust.validate.review', { standing: reviewStandingMessage(standing) }),
      message('cli.validate.totals', { total: moneyParam(totals.total), budget: moneyParam(totals.communityBudget) }),
      message('cli.validate.selfDevelopment', {
        amount: moneyParam(totals.selfDevelopment),
        share: percentParam(totals.selfDevelopmentShare, 2),
        limit: percentParam(totals.selfDevelopmentLimit, 2),
      }),
      ...findings.map(({ severity, rule, path, message: text }) => message('cli.validate.finding', { severity: message(`cli.validate.${severity}`), rule, path, message: text })),
      message(valid ? 'cli.validate.valid' : 'cli.validate.notValid'),
    ];
    for (const line of lines) stdout.write(`  ${wordMessage(language, line)}\n`);
  }
  return valid ? 0 : 1;
}
