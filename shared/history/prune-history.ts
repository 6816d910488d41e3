import { maximumVersionHeaders, type History } from '../model/plan-schema.ts';
import { planDelta } from './plan-delta.ts';

/**
 * Bounds the history so a file stays about twice the size of the plan, whatever its age, while
 * every listed version can still be seen again and merged from.
 *
 * Headers: the newest `maximumVersionHeaders`, a year of saves and more; a parent left
 * unlisted reads as "earlier than the list".
 *
 * Copies: the latest version's whole copy (`latest`, made by the save or merge recording it),
 * and a delta for each earlier listed version. Every other whole copy (the previous latest, or
 * the copies a version 4 file kept) becomes a delta against it, about the size of what
 * changed: the sample (133 KB) takes 293 KB after a save and about 0.6 KB more for each later
 * one. Keeping every listed version is what lets two
 * copies that parted by mail, each saved many times since, merge from the version they parted
 * at. A delta always leads to a later version (a save's or merge's), and the list is in that
 * order (record-version.ts), so cutting the oldest headers never breaks a kept version's chain;
 * a delta whose chain still leads nowhere (a damaged file) is dropped.
 */
export function pruneHistory(history: History, latest: History['bases'][number]): History {
  const versions = history.versions.slice(-maximumVersionHeaders);
  const listed = new Set(versions.map((version) => version.id));
  const turned = history.bases
    .filter((base) => base.versionId !== latest.versionId && listed.has(base.versionId))
    .map((base) => ({ versionId: base.versionId, against: latest.versionId, delta: planDelta(latest.plan, base.plan) }));
  const turnedIds = new Set(turned.map((entry) => entry.versionId));
  const deltas = [...history.deltas.filter((entry) => !turnedIds.has(entry.versionId)), ...turned];
  return { versions, bases: [latest], deltas: reachable(deltas, latest.versionId, listed) };
}

/** The deltas of listed versions whose chain of `against` leads to the latest version's copy, each version once. */
function reachable(deltas: History['deltas'], latest: string, listed: ReadonlySet<string>): History['deltas'] {
  const byVersion = new Map<string, History['deltas'][number]>();
  for (const entry of deltas) if (listed.has(entry.versionId) && entry.versionId !== latest && !byVersion.has(entry.versionId)) byVersion.set(entry.versionId, entry);
  const reaches = new Map<string, boolean>([[latest, true]]);
  const leadsToLatest = (id: string, seen: ReadonlySet<string>): boolean => {
    const known = reaches.get(id);
    if (known !== undefined) return known;
    const entry = byVersion.get(id);
    const result = entry !== undefined && !seen.has(id) && leadsToLatest(entry.against, new Set(seen).add(id));
    reaches.set(id, result);
    return result;
  };
  return [...byVersion.values()].filter((entry) => leadsToLatest(entry.versionId, new Set()));
}
