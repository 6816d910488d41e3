import { maximumVersionBases, maximumVersionHeaders, type History } from '../model/plan-schema.ts';

/** The newest versions whose copies are kept: enough for a shared drive, where the other copy started a few saves back. */
export const recentCopies = 3;
/** The merges whose two parents' copies are kept. */
export const recentMerges = 2;

/**
 * Bounds the history so a file stays a few times the size of the plan, whatever its age.
 *
 * Headers: the newest `maximumVersionHeaders`. An older one only names a version no copy of
 * which is kept, so dropping it loses nothing a merge could use; a parent left unlisted reads as
 * "earlier than the list".
 *
 * Copies, kept for:
 * - the newest `recentCopies` versions, which always include the latest: on a shared drive
 *   the other person opened the file at one of the last saves, so the common ancestor of the
 *   two copies is one of these (in this file or in theirs, whichever saved less since);
 * - both parents of the newest `recentMerges` merges: a merge proves that its parents were
 *   held in two copies (a file that went by mail and came back), and the next merge between
 *   those copies starts from one of them however many saves each side makes afterwards.
 * Any other copy is dropped, so at most 3 + 2 × 2 = 7 copies stay (the schema allows 8).
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
