import type { MergeConflict, MergeResult, Side } from '@shared/merge/merge-result.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { conflictValueText } from '@shared/merge/conflict-value-text.ts';
import { translate as say } from '@shared/i18n/translate.ts';
import { wordText as word } from '@shared/i18n/word-message.ts';
import type { Language } from '@shared/model/localized-text.ts';

/** Where the result went: written to `out`, or nothing written because conflicts stand. */
export type MergeWrite = { out: string; written: boolean; settledAs: Side | null };

/** A value of a conflict on one line: a text quoted with its line breaks as \n, what a side does not hold as "(none)". */
function valueText(value: unknown, language: Language): string {
  const text = conflictValueText(value, language);
  if (text === null) return say(language, 'cli.merge.none');
  return typeof value === 'string' ? `"${text.replace(/\r?\n/g, '\\n')}"` : text;
}

function conflictLines(conflict: MergeConflict, language: Language): string[] {
  const head = `  ${conflict.path}: ${word(language, conflict.label)}`;
  if (conflict.kind === 'lines') {
    return [
      `${head} (${say(language, 'cli.merge.linesClash', { count: formatNumber(conflict.lines.length, language) })})`,
      ...conflict.lines.flatMap((clash) => [
        `    ${say(language, 'cli.merge.base')}: ${valueText(clash.base.join('\n'), language)}`,
        `    ${say(language, 'cli.merge.mine')}: ${valueText(clash.mine.join('\n'), language)}`,
        `    ${say(language, 'cli.merge.theirs')}: ${valueText(clash.theirs.join('\n'), language)}`,
      ]),
    ];
  }
  const removed = conflict.kind === 'removed-changed' ? ` (${say(language, conflict.removedBy === 'mine' ? 'cli.merge.removedByMine' : 'cli.merge.removedByTheirs')})` : '';
  return [
    `${head}${removed}`,
    `    ${say(language, 'cli.merge.base')}: ${valueText(conflict.base, language)}`,
    `    ${say(language, 'cli.merge.mine')}: ${valueText(conflict.mine, language)}`,
    `    ${say(language, 'cli.merge.theirs')}: ${valueText(conflict.theirs, language)}`,
  ];
}

/** The merge as a person reads it: what came from theirs, the conflicts with the three values each, and what was written. */
export function mergeText(result: MergeResult, write: MergeWrite, language: Language): string {
  const lines = [say(language, 'cli.merge.fromTheirs', { count: formatNumber(result.fromTheirs.length, language) })];
  for (const taken of result.fromTheirs) lines.push(`  ${taken.path}: ${word(language, taken.label)}`);
  for (const renamed of result.renamedIds) lines.push(say(language, 'cli.merge.renamed', { from: renamed.from, to: renamed.to }));
  if (result.conflicts.length > 0) {
    lines.push(say(language, 'cli.merge.conflicts', { count: formatNumber(result.conflicts.length, language) }));
    for (const conflict of result.conflicts) lines.push(...conflictLines(conflict, language));
  }
  if (write.written) {
    lines.push(write.settledAs === null ? say(language, 'cli.merge.written', { out: write.out }) : say(language, write.settledAs === 'mine' ? 'cli.merge.writtenMine' : 'cli.merge.writtenTheirs', { out: write.out }));
  } else {
    lines.push(say(language, 'cli.merge.notWritten'));
  }
  return `${lines.join('\n')}\n`;
}

/** The merge for programs: each conflict with its path, kind and three values, what came from theirs, and whether the file was written. */
export function mergeJson(result: MergeResult, write: MergeWrite, language: Language) {
  return {
    status: result.conflicts.length === 0 ? 'merged' : 'conflicts',
    written: write.written,
    out: write.out,
    conflictsSettledAs: write.settledAs,
    fromTheirs: result.fromTheirs.map((taken) => ({ path: taken.path, label: word(language, taken.label) })),
    renamedIds: result.renamedIds,
    conflicts: result.conflicts.map((conflict) => ({
      path: conflict.path,
      label: word(language, conflict.label),
      kind: conflict.kind,
      base: conflict.base ?? null,
      mine: conflict.mine ?? null,
      theirs: conflict.theirs ?? null,
      ...(conflict.kind === 'lines' ? { lines: conflict.lines } : {}),
      ...(conflict.kind === 'removed-changed' ? { removedBy: conflict.removedBy } : {}),
    })),
  };
}
