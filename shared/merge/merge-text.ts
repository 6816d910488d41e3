import { diff3Merge } from 'node-diff3';
import type { LineConflict } from './merge-result.ts';

export type TextMerge = { merged: true; text: string } | { merged: false; lines: LineConflict[] };

/**
 * A long text merged line by line (node-diff3): edits to different lines both stay; lines both
 * sides rewrote differently are returned as conflicts. The same edit on both sides is no conflict.
 */
export function mergeText(base: string, mine: string, theirs: string): TextMerge {
  const lines: LineConflict[] = [];
  const kept: string[] = [];
  for (const region of regionsOf(base, mine, theirs)) {
    if (region.conflict) lines.push({ base: region.conflict.o, mine: region.conflict.a, theirs: region.conflict.b });
    else kept.push(...(region.ok ?? []));
  }
  return lines.length === 0 ? { merged: true, text: kept.join('\n') } : { merged: false, lines };
}

/**
 * The text merged with every clash settled for one side: both sides' edits to other lines stay,
 * as "mine" or "theirs" on a text's conflict means the clashing lines, not the whole text.
 */
export function textTaking(base: string, mine: string, theirs: string, side: 'mine' | 'theirs'): string {
  return regionsOf(base, mine, theirs)
    .flatMap((region) => (region.conflict ? (side === 'mine' ? region.conflict.a : region.conflict.b) : (region.ok ?? [])))
    .join('\n');
}

function regionsOf(base: string, mine: string, theirs: string) {
  return diff3Merge(mine.split('\n'), base.split('\n'), theirs.split('\n'), { excludeFalseConflicts: true });
}
