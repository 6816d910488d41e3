import type { Message } from '@shared/i18n/message.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { Change, DiffMeasure, DiffValue, Difference, ListEntry } from '@shared/cluster/plan-diff-changes.ts';
import type { PlanDiff, TotalLine } from '@shared/cluster/plan-diff.ts';
import { formatDiffValue, formatDifference } from '@shared/cluster/plan-diff-text.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { translate as say } from '@shared/i18n/translate.ts';
import { wordText as word } from '@shared/i18n/word-message.ts';

/** One of the two files compared, as the report names it. */
export type DiffFile = { file: string; authority: string; year: number };

const itemKinds = { added: 'cli.diff.added', removed: 'cli.diff.removed', changed: 'cli.diff.changed' } as const;

/** Quoted, on one line: a text's line breaks are shown as \n, so each change keeps one line of its own. */
const quoted = (text: string) => `"${text.replace(/\r?\n/g, '\\n')}"`;

function valueText(measure: DiffMeasure, value: DiffValue, options: Readonly<Record<string, Message>> | null, language: Language): string {
  const text = formatDiffValue(measure, value, language, options);
  return text === null ? say(language, 'cli.diff.empty') : measure === 'text' || measure === 'formula' ? quoted(text) : text;
}

function differenceText(difference: Difference | null, measure: DiffMeasure, language: Language): string {
  if (difference === null) return '';
  const { amount, fraction, points } = formatDifference(difference, measure, language);
  return ` (${[points ? say(language, 'cli.diff.points', { amount }) : amount, fraction].filter(Boolean).join(', ')})`;
}

function entryText(entry: ListEntry, language: Language): string {
  const name = entry.name === null ? null : word(language, entry.name);
  return name === null || name === entry.value ? quoted(entry.value) : `${quoted(name)} (${entry.value})`;
}

function changeLines(change: Change, language: Language, indent: string): string[] {
  const label = word(language, change.label);
  if (change.kind === 'field') {
    const line = `${change.path}: ${label}: ${valueText(change.measure, change.before, change.options, language)} → ${valueText(change.measure, change.after, change.options, language)}`;
    return [`${indent}${line}${differenceText(change.difference, change.measure, language)}${change.derived ? ` ${say(language, 'cli.diff.computed')}` : ''}`];
  }
  if (change.kind === 'list') {
    const entries = [...change.added.map((entry) => `+ ${entryText(entry, language)}`), ...change.removed.map((entry) => `- ${entryText(entry, language)}`)];
    return [`${indent}${change.path}: ${label}: ${entries.join('; ')}`];
  }
  return [
    `${indent}${change.path}: ${say(language, itemKinds[change.kind])}: ${label} ${quoted(word(language, change.name))}`,
    ...change.changes.flatMap((inner) => changeLines(inner, language, `${indent}  `)),
  ];
}

function totalLineText(line: TotalLine, language: Language): string {
  const label = word(language, line.label);
  const before = valueText(line.measure, line.before, null, language);
  if (!line.changed) return `  ${label}: ${before} (${say(language, 'cli.diff.noChange')})`;
  return `  ${label}: ${before} → ${valueText(line.measure, line.after, null, language)}${differenceText(line.difference, line.measure, language)}`;
}

function countText(count: number, language: Language): string {
  if (count === 0) return say(language, 'cli.diff.none');
  return count === 1 ? say(language, 'cli.diff.one') : say(language, 'cli.diff.many', { count: formatNumber(count, language) });
}

/** The differences for people: each change on a line of its own, starting with its path in the plan file. */
export function diffText(diff: PlanDiff, before: DiffFile, after: DiffFile, language: Language): string {
  const lines = [
    `${say(language, 'cli.diff.before')}: ${before.file} (${before.authority} ${before.year})`,
    `${say(language, 'cli.diff.after')}: ${after.file} (${after.authority} ${after.year})`,
  ];
  if (!diff.authority.same) lines.push(`${say(language, 'cli.diff.otherAuthority')}: ${quoted(diff.authority.before)}, ${quoted(diff.authority.after)}`);
  lines.push(countText(diff.changeCount, language));
  for (const section of diff.sections) {
    lines.push('', word(language, section.label));
    for (const change of section.changes) lines.push(...changeLines(change, language, '  '));
  }
  if (diff.reordered.length > 0) lines.push('', `${say(language, 'cli.diff.reordered')}: ${diff.reordered.join(', ')}`);
  lines.push('', say(language, 'cli.diff.totals'), ...diff.totals.lines.map((line) => totalLineText(line, language)));
  return `${lines.join('\n')}\n`;
}

function changeJson(change: Change, language: Language): unknown {
  const label = word(language, change.label);
  if (change.kind === 'field') {
    const { path, measure, before, after, difference, derived } = change;
    return { kind: 'field', path, label, measure, before, after, difference, derived };
  }
  if (change.kind === 'list') {
    const entry = ({ value, name }: ListEntry) => ({ value, name: name === null ? null : word(language, name) });
    return { kind: 'list', path: change.path, label, added: change.added.map(entry), removed: change.removed.map(entry) };
  }
  return { kind: change.kind, path: change.path, label, id: change.id, name: word(language, change.name), changes: change.changes.map((inner) => changeJson(inner, language)) };
}

/** The structured differences, money in shekels and shares as fractions (as `validate --json`), names in the language asked for. */
export function diffJson(diff: PlanDiff, before: DiffFile, after: DiffFile, language: Language): unknown {
  return {
    before,
    after,
    sameAuthority: diff.authority.same,
    changeCount: diff.changeCount,
    sections: diff.sections.map((section) => ({ part: section.part, label: word(language, section.label), changes: section.changes.map((change) => changeJson(change, language)) })),
    reordered: diff.reordered,
    totals: diff.totals.lines.map(({ key, label, measure, before: was, after: now, difference, changed }) => ({ key, label: word(language, label), measure, before: was, after: now, difference, changed })),
  };
}
