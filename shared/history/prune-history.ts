import { maximumVersionBases, maximumVersionHeaders, type History } from '../model/plan-schema.ts';

/**
 * The newest versions whose copies are kept. On a shared drive the common ancestor is the
 * version this file was last saved at (a save onto a file someone changed meets the change
 * at once), so the latest copy is the one a merge needs; the one before it is slack for work
 * restored after a crash, whose save starts from an older version.
 */
export const recentCopies = 2;
/** The merges whose two parents' copies are kept. */
export const recentMerges = 2;

/**
 * Bounds the history so a file stays a few times the size of the plan, whatever its age.
 *
 * Headers: the newest `maximumVersionHeaders`, a year of saves and more; a parent left
 * unlisted reads as "earlier than the list".
 *
 * Copies, kept for:
 * - the newest `recentCopies` versions, which always include the latest (see above);
 * - both parents of the newest `recentMerges` merges: a merge proves that its parents were
 *   held in two copies (a file that went by mail and came back), and the next merge between
 *   those copies starts from one of them however many saves each side makes afterwards.
 * Any other copy is dropped, so at most 2 + 2 × 2 = 6 copies stay (the schema allows 8). Each
 * copy is about the size of the plan (the sample: 136 KB, 300 KB after one save, 465 KB from
 * the second save on).
 */
export function pruneHistory(history: History): History {
  const versions = history.versions.slice(-maximumVersionHeaders);
  const keep = new Set(versions.slice(-recentCopies).map((version) => version.id));
  versions
    .filter((version) => version.parents.length > 1)
    .slice(-recentMerges)
    .forEach((merge) => merge.parents.forEach((parent) => keep.add(parent)));
  const bases = history.bases.filter((base) => keep.has(base.versionId)).slice(-maximumVersionBases);
  return { versions, bases };
}
