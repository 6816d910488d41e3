import { maximumVersionBases, maximumVersionHeaders, type History } from '../model/plan-schema.ts';
import { planDelta } from './plan-delta.ts';

/**
 * Bounds the history so a file stays about twice the size of the plan, whatever its age, while
 * every listed version can still be seen again and merged from.
 *
 * Headers: the newest `maximumVersionHeaders`, a year of saves and more; a parent left
 * unlisted reads as "earlier than the list".
 *
 * Copies: the latest version's whole copy, and a delta for each earlier listed version. A save
 * (or a merge) adds the new latest whole; every other whole copy then becomes a delta against
 * it, about the size of what changed, so the sample (136 KB) takes about 300 KB after a save and
 * a few hundred bytes more for each later one. Keeping every listed version is what lets two
 * copies that parted by mail, each saved many times since, merge from the version they parted
 * at. A delta whose chain no longer leads to a whole copy is dropped, so nothing kept is
 * unusable.
 */
export function pruneHistory(history: History): History {
  const versions = history.versions.slice(-maximumVersionHeaders);
  const listed = new Set(versions.map((version) => version.id));
  const head = versions.at(-1);
  const headCopy = head ? history.bases.find((base) => base.versionId === head.id) : undefined;
  if (!headCopy) {
    const bases = history.bases.filter((base) => listed.has(base.versionId)).slice(-maximumVersionBases);
    return { versions, bases, deltas: reachable(history.deltas, bases, listed) };
  }
  const turned = history.bases
    .filter((base) => base !== headCopy && listed.has(base.versionId))
    .map((base) => ({ versionId: base.versionId, against: headCopy.versionId, delta: planDelta(headCopy.plan, base.plan) }));
  const turnedIds = new Set(turned.map((entry) => entry.versionId));
  const deltas = [...history.deltas.filter((entry) => !turnedIds.has(entry.versionId) && entry.versionId !== headCopy.versionId), ...turned];
  return { versions, bases: [headCopy], deltas: reachable(deltas, [headCopy], listed) };
}

/** The deltas of listed versions whose chain of `against` leads to one of `bases`, each version once. */
function reachable(deltas: History['deltas'], bases: History['bases'], listed: ReadonlySet<string>): History['deltas'] {
  const whole = new Set(bases.map((base) => base.versionId));
  const byVersion = new Map<string, History['deltas'][number]>();
  for (const entry of deltas) if (listed.has(entry.versionId) && !whole.has(entry.versionId) && !byVersion.has(entry.versionId)) byVersion.set(entry.versionId, entry);
  const reaches = new Map<string, boolean>();
  const leadsToWhole = (id: string, seen: Set<string>): boolean => {
    if (whole.has(id)) return true;
    const known = reaches.get(id);
    if (known !== undefined) return known;
    const entry = byVersion.get(id);
    const result = entry !== undefined && !seen.has(id) && leadsToWhole(entry.against, new Set(seen).add(id));
    reaches.set(id, result);
    return result;
  };
  return [...byVersion.values()].filter((entry) => leadsToWhole(entry.versionId, new Set()));
}
