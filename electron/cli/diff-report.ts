import type { Language, LocalizedText } from '@shared/model/localized-text.ts';
import type { Change, DiffMeasure, DiffValue, Difference, ListEntry } from '@shared/cluster/plan-diff-changes.ts';
import type { PlanDiff, TotalLine } from '@shared/cluster/plan-diff.ts';
import { formatDiffValue, formatDifference } from '@shared/cluster/plan-diff-text.ts';
import { formatNumber } from '@shared/format/number-format.ts';

/** One of the two files compared, as the report names it. */
export type DiffFile = { file: string; authority: string; year: number };

const words = {
  before: { he: 'לפני', en: 'before' },
  after: { he: 'אחרי', en: 'after' },
  otherAuthority: { he: 'שימו לב: התכניות שייכות לרשויות שונות', en: 'Note: the plans belong to different authorities' },
  none: { he: 'אין הבדלים', en: 'No differences' },
  one: { he: 'שינוי אחד', en: '1 change' },
  many: { he: '{count} שינויים', en: '{count} changes' },
  added: { he: 'הוספה', en: 'added' },
  removed: { he: 'הסרה', en: 'removed' },
  changed: { he: 'שינוי', en: 'changed' },
  empty: { he: '(ריק)', en: '(empty)' },
  computed: { he: '(מחושב)', en: '(computed)' },
  points: { he: 'נקודות אחוז', en: 'percentage points' },
  noChange: { he: 'ללא שינוי', en: 'no change' },
  reordered: { he: 'רק הסדר השתנה ב', en: 'Only the order changed in' },
  totals: { he: 'סיכומי התקציב', en: 'Budget totals' },
} satisfies Record<string, LocalizedText>;

/** Quoted, on one line: a text's line breaks are shown as \n, so each change keeps one line of its own. */
const quoted = (text: string) => `"${text.replace(/\r?\n/g, '\\n')}"`;

function valueText(measure: DiffMeasure, value: DiffValue, options: Readonly<Record<string, LocalizedText>> | null, language: Language): string {
  const text = formatDiffValue(measure, value, language, options);
  return text === null ? words.empty[language] : measure === 'text' || measure === 'formula' ? quoted(text) : text;
}

function differenceText(difference: Difference | null, measure: DiffMeasure, language: Language): string {
  if (difference === null) return '';
  const { amount, fraction, points } = formatDifference(difference, measure, language);
  return ` (${[points ? `${amount} ${words.points[language]}` : amount, fraction].filter(Boolean).join(', ')})`;
}

function entryText(entry: ListEntry, language: Language): string {
  return entry.name === null || entry.name[language] === entry.value ? quoted(entry.value) : `${quoted(entry.name[language])} (${entry.value})`;
}

function changeLines(change: Change, language: Language, indent: string): string[] {
  if (change.kind === 'field') {
    const line = `${change.path}: ${change.label[language]}: ${valueText(change.measure, change.before, change.options, language)} → ${valueText(change.measure, change.after, change.options, language)}`;
    return [`${indent}${line}${differenceText(change.difference, change.measure, language)}${change.derived ? ` ${words.computed[language]}` : ''}`];
  }
  if (change.kind === 'list') {
    const entries = [...change.added.map((entry) => `+ ${entryText(entry, language)}`), ...change.removed.map((entry) => `- ${entryText(entry, language)}`)];
    return [`${indent}${change.path}: ${change.label[language]}: ${entries.join('; ')}`];
  }
  return [
    `${indent}${change.path}: ${words[change.kind][language]}: ${change.label[language]} ${quoted(change.name[language])}`,
    ...change.changes.flatMap((inner) => changeLines(inner, language, `${indent}  `)),
  ];
}

function totalLineText(line: TotalLine, language: Language): string {
  const before = valueText(line.measure, line.before, null, language);
  if (!line.changed) return `  ${line.label[language]}: ${before} (${words.noChange[language]})`;
  return `  ${line.label[language]}: ${before} → ${valueText(line.measure, line.after, null, language)}${differenceText(line.difference, line.measure, language)}`;
}

function countText(count: number, language: Language): string {
  if (count === 0) return words.none[language];
  return count === 1 ? words.one[language] : words.many[language].replace('{count}', formatNumber(count, language));
}

/** The differences for people: each change on a line of its own, starting with its path in the plan file. */
export function diffText(diff: PlanDiff, before: DiffFile, after: DiffFile, language: Language): string {
  const lines = [
    `${words.before[language]}: ${before.file} (${before.authority} ${before.year})`,
    `${words.after[language]}: ${after.file} (${after.authority} ${after.year})`,
  ];
  if (!diff.authority.same) lines.push(`${words.otherAuthority[language]}: ${quoted(diff.authority.before)}, ${quoted(diff.authority.after)}`);
  lines.push(countText(diff.changeCount, language));
  for (const section of diff.sections) {
    lines.push('', section.label[language]);
    for (const change of section.changes) lines.push(...changeLines(change, language, '  '));
  }
  if (diff.reordered.length > 0) lines.push('', `${words.reordered[language]}: ${diff.reordered.join(', ')}`);
  lines.push('', words.totals[language], ...diff.totals.lines.map((line) => totalLineText(line, language)));
  return `${lines.join('\n')}\n`;
}

function changeJson(change: Change, language: Language): unknown {
  if (change.kind === 'field') {
    const { path, label, measure, before, after, difference, derived } = change;
    return { kind: 'field', path, label: label[language], measure, before, after, difference, derived };
  }
  if (change.kind === 'list') {
    const entry = ({ value, name }: ListEntry) => ({ value, name: name?.[language] ?? null });
    return { kind: 'list', path: change.path, label: change.label[language], added: change.added.map(entry), removed: change.removed.map(entry) };
  }
  return { kind: change.kind, path: change.path, label: change.label[language], id: change.id, name: change.name[language], changes: change.changes.map((inner) => changeJson(inner, language)) };
}

/** The structured differences, money in shekels and shares as fractions (as `validate --json`), names in the language asked for. */
export function diffJson(diff: PlanDiff, before: DiffFile, after: DiffFile, language: Language): unknown {
  return {
    before,
    after,
    sameAuthority: diff.authority.same,
    changeCount: diff.changeCount,
    sections: diff.sections.map((section) => ({ part: section.part, label: section.label[language], changes: section.changes.map((change) => changeJson(change, language)) })),
    reordered: diff.reordered,
    totals: diff.totals.lines.map(({ key, label, measure, before: was, after: now, difference, changed }) => ({ key, label: label[language], measure, before: was, after: now, difference, changed })),
  };
}
