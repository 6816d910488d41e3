import { PlanCopySchema, type History, type PlanCopy } from '../model/plan-schema.ts';
import { planContentHash } from '../review/content-hash.ts';
import { applyDelta, DeltaMismatchError } from './plan-delta.ts';

/**
 * Versions rebuilt from a history, by version id. A history is never changed in place (a save
 * or a merge makes a new one), so what was rebuilt from it stays true: the history screen
 * draws every version, and a merge looks for its base, without rebuilding a chain again.
 */
type Rebuilt = {
  whole: ReadonlyMap<string, PlanCopy>;
  deltas: ReadonlyMap<string, History['deltas'][number]>;
  unchecked: Map<string, unknown>;
  checked: Map<string, PlanCopy | null>;
};
const rebuilt = new WeakMap<History, Rebuilt>();

function cacheOf(history: History): Rebuilt {
  let cache = rebuilt.get(history);
  if (!cache) {
    const deltas = new Map<string, History['deltas'][number]>();
    for (const entry of history.deltas) if (!deltas.has(entry.versionId)) deltas.set(entry.versionId, entry);
    cache = { whole: new Map(history.bases.map((base) => [base.versionId, base.plan])), deltas, unchecked: new Map(), checked: new Map() };
    rebuilt.set(history, cache);
  }
  return cache;
}

/**
 * Whether the history holds what it takes to show a version: a whole copy, or a delta whose
 * chain leads to one. Cheap, since nothing is rebuilt; the rebuilt copy may still fail its check
 * (keptCopyOf), in a damaged file.
 */
export function holdsCopyOf(history: History, versionId: string): boolean {
  const { whole, deltas } = cacheOf(history);
  const seen = new Set<string>();
  let id = versionId;
  for (;;) {
    if (whole.has(id)) return true;
    const entry = deltas.get(id);
    if (!entry || seen.has(id)) return false;
    seen.add(id);
    id = entry.against;
  }
}

/**
 * A version as it was saved, from the history's whole copies and deltas, or null when the file
 * cannot show it any more: its delta was pruned, or leads to no whole copy, or does not rebuild
 * a plan hashing as the version's header says (a damaged or hand-edited file). A rebuilt copy
 * is trusted only once it is a valid copy with the header's content hash: it becomes a merge's
 * base, and a wrong base merges in silence.
 */
export function keptCopyOf(history: History, versionId: string): PlanCopy | null {
  const { whole, checked } = cacheOf(history);
  if (whole.has(versionId)) return whole.get(versionId)!;
  if (!checked.has(versionId)) checked.set(versionId, checkedCopy(history, versionId));
  return checked.get(versionId)!;
}

function checkedCopy(history: History, versionId: string): PlanCopy | null {
  const header = history.versions.find((version) => version.id === versionId);
  const content = header ? uncheckedCopy(history, versionId, new Set()) : null;
  if (!header || content === null) return null;
  const copy = PlanCopySchema.safeParse(content);
  return copy.success && planContentHash(copy.data) === header.contentHash ? copy.data : null;
}

/** The version's content following deltas to a whole copy, unchecked; null when the chain breaks or loops. */
function uncheckedCopy(history: History, versionId: string, seen: Set<string>): unknown {
  const { whole, deltas, unchecked } = cacheOf(history);
  if (whole.has(versionId)) return whole.get(versionId);
  if (unchecked.has(versionId)) return unchecked.get(versionId);
  const entry = deltas.get(versionId);
  if (!entry || seen.has(versionId)) return null;
  seen.add(versionId);
  const against = uncheckedCopy(history, entry.against, seen);
  let content: unknown = null;
  if (against !== null) {
    try {
      content = applyDelta(against, entry.delta);
    } catch (error) {
      if (!(error instanceof DeltaMismatchError)) throw error;
    }
  }
  unchecked.set(versionId, content);
  return content;
}
