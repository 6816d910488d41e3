import type { Plan, PlanCopy, VersionHeader } from '../model/plan-schema.ts';
import { keptCopyOf } from './kept-copy.ts';
import { headVersion } from './version-history.ts';

/**
 * Where two copies of a plan parted: the version a three-way merge starts from.
 * `version` is null when the two histories share no version (a file from before version 4,
 * copies of two plans): the merge then compares the two copies directly. `base` is the
 * version's kept copy, from either file, or null when neither keeps it any more.
 */
export type CommonAncestor = { version: VersionHeader; base: PlanCopy | null } | { version: null; base: null };

/**
 * Every version reachable from `start` through parents listed in `byId`, `start` included,
 * but those in `known` and what lies beyond them (already walked).
 */
function ancestorsOf(start: string, byId: ReadonlyMap<string, VersionHeader>, known: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id) || known.has(id)) continue;
    seen.add(id);
    for (const parent of byId.get(id)?.parents ?? []) pending.push(parent);
  }
  return seen;
}

/**
 * The nearest version both copies descend from. Of the versions in both ancestries, those that
 * are not an ancestor of another such version are the nearest (two after criss-cross merges);
 * of those, one whose copy is kept is preferred, then the latest. A copy saved without changes
 * (both heads the same version) has that version as its ancestor.
 */
export function commonAncestor(mine: Plan, theirs: Plan): CommonAncestor {
  const mineHead = headVersion(mine);
  const theirsHead = headVersion(theirs);
  if (!mineHead || !theirsHead) return { version: null, base: null };
  const byId = new Map<string, VersionHeader>([...mine.history.versions, ...theirs.history.versions].map((version) => [version.id, version]));
  const theirsAncestors = ancestorsOf(theirsHead.id, byId);
  const shared = [...ancestorsOf(mineHead.id, byId)].filter((id) => theirsAncestors.has(id) && byId.has(id));
  // An ancestor of another shared version is reached from some shared version's parents.
  const belowShared = new Set<string>();
  for (const id of shared) for (const parent of byId.get(id)!.parents) for (const below of ancestorsOf(parent, byId, belowShared)) belowShared.add(below);
  const nearest = shared.filter((id) => !belowShared.has(id));
  const copyOf = (id: string) => keptCopyOf(mine.history, id) ?? keptCopyOf(theirs.history, id);
  const ranked = nearest
    .map((id) => ({ version: byId.get(id)!, base: copyOf(id) }))
    .sort((a, b) => Number(b.base !== null) - Number(a.base !== null) || (a.version.at < b.version.at ? 1 : a.version.at > b.version.at ? -1 : 0));
  return ranked[0] ?? { version: null, base: null };
}

