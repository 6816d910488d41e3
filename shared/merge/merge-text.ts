import { diff3Merge } from 'node-diff3';
import type { LineConflict } from './merge-result.ts';

export type TextMerge = { merged: true; text: string } | { merged: false; lines: LineConflict[] };

/**
 * A long text merged line by line (node-diff3): edits to different lines both stay; lines both
 * sides rewrote differently are returned as conflicts. The same edit on both sides is no conflict.
 */
export function mergeText(base: string, mine: string, theirs: string): TextMerge {
  const regions = diff3Merge(mine.split('\n'), base.split('\n'), theirs.split('\n'), { excludeFalseConflicts: true });
  const lines: LineConflict[] = [];
  const kept: string[] = [];
  for (const region of regions) {
    if (region.conflict) lines.push({ base: region.conflict.o, mine: region.conflict.a, theirs: region.conflict.b });
    else kept.push(...(region.ok ?? []));
  }
  return lines.length === 0 ? { merged: true, text: kept.join('\n') } : { merged: false, lines };
}
