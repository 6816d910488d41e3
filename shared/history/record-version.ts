import type { Language } from '../model/localized-text.ts';
import type { History, Plan, VersionHeader } from '../model/plan-schema.ts';
import { wordMessage } from '../i18n/word-message.ts';
import { message } from '../i18n/message.ts';
import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { planContentHash } from '../review/content-hash.ts';
import { changeSummary, shortened } from './change-summary.ts';
import { pruneHistory } from './prune-history.ts';
import { headVersion, planAtVersion, planCopyOf } from './version-history.ts';

/**
 * Recording versions in the plan's history: the one place a save (and, later, a merge) adds a
 * version. Callers:
 * - the renderer, before it sends a plan to be saved: `withVersionRecorded(plan, savedPlan, …)`
 *   (renderer/history/plan-to-save.ts), and stores what it returns as the saved plan;
 * - a merge, once the merged plan is accepted: `withMergeRecorded(merged, mine, theirs, …)`.
 * Both are pure but for the ids the caller's `newVersionId` makes; the caller also supplies the
 * time and the author.
 */
export type Recording = {
  /** Makes a new version's id: a random UUID (crypto.randomUUID()), so ids made on two machines do not collide. */
  newVersionId: () => string;
  /** The name set in the app; an empty one is recorded as "unnamed" in `language`. */
  author: string;
  /** ISO time of the save. */
  at: string;
  /** The app's language at the time of the save: the summary is stored worded. */
  language: Language;
};

const authorOf = ({ author, language }: Recording) => author.trim() || wordMessage(language, message('history.unnamedAuthor'));

/** The plan with a new version on top of `history`, its copy kept, and the history pruned. */
function withVersion(plan: Plan, history: History, header: VersionHeader): Plan {
  const copy = { versionId: header.id, plan: planCopyOf(evaluatePlan(plan).plan) };
  return { ...plan, history: pruneHistory({ ...history, versions: [...history.versions, header] }, copy) };
}

/**
 * The plan as it is to be saved, with the save recorded as a version whose parent is the
 * version the plan was opened or last saved at (the head of its history). `parentPlan` is the
 * plan as opened or last saved, to word what changed; when it is not known (work restored
 * after a crash), the head's kept copy stands in for it. A plan whose content is the head's
 * (same content hash: only comments, review acts or nothing changed) is returned as it is: a
 * save changing nothing the plan says records no version.
 */
export function withVersionRecorded(plan: Plan, parentPlan: Plan | null, recording: Recording): Plan {
  const contentHash = planContentHash(plan);
  const head = headVersion(plan);
  if (head?.contentHash === contentHash) return plan;
  const before = head ? (planAtVersion(plan, head.id) ?? parentPlan) : parentPlan;
  const summary = before
    ? changeSummary(before, plan, recording.language)
    : wordMessage(recording.language, message(head ? 'history.summary.noParentCopy' : 'history.summary.first'));
  return withVersion(plan, plan.history, {
    id: recording.newVersionId(),
    parents: head ? [head.id] : [],
    author: authorOf(recording),
    at: recording.at,
    summary,
    contentHash,
  });
}

/**
 * Versions in an order where each comes after its parents, and otherwise by time: a delta
 * leads to a later version (a child's save or merge), so pruning the front of the list never
 * cuts a kept version's chain, even when two computers' clocks disagree. Of versions ready at
 * once, the earliest goes first; the same moment keeps the order given. Versions caught in a
 * loop of parents (a damaged file) follow by time.
 */
function parentsFirst(versions: readonly VersionHeader[]): VersionHeader[] {
  const listed = new Set(versions.map((version) => version.id));
  const waiting = new Map(versions.map((version) => [version.id, new Set(version.parents.filter((parent) => listed.has(parent) && parent !== version.id))]));
  const byTime = [...versions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const ordered: VersionHeader[] = [];
  while (ordered.length < versions.length) {
    const next = byTime.find((version) => waiting.get(version.id)?.size === 0) ?? byTime.find((version) => waiting.has(version.id))!;
    waiting.delete(next.id);
    for (const parents of waiting.values()) parents.delete(next.id);
    ordered.push(next);
  }
  return ordered;
}

/** Both histories as one, parents first (see above); a version (and its copy) both files hold is listed once. */
function joinedHistories(mine: History, theirs: History): History {
  const versions = new Map(mine.versions.map((version) => [version.id, version]));
  for (const version of theirs.versions) if (!versions.has(version.id)) versions.set(version.id, version);
  const bases = new Map(mine.bases.map((base) => [base.versionId, base]));
  for (const base of theirs.bases) if (!bases.has(base.versionId)) bases.set(base.versionId, base);
  // A delta of mine leads to versions of mine, all listed here; theirs' likewise.
  const deltas = new Map(mine.deltas.map((entry) => [entry.versionId, entry]));
  for (const entry of theirs.deltas) if (!deltas.has(entry.versionId)) deltas.set(entry.versionId, entry);
  return { versions: parentsFirst([...versions.values()]), bases: [...bases.values()], deltas: [...deltas.values()] };
}

/**
 * The merged plan with the merge recorded: a version with two parents, the heads of `mine` and
 * `theirs` (each recorded first if it had unsaved changes, so both sides are versions a later
 * merge can start from), over the two histories joined; every version either side lists stays
 * one a later merge can start from (see prune-history.ts). The summary words what the merge brought into
 * `mine`. `merged` is the merge's result; its own history is not read.
 */
export function withMergeRecorded(merged: Plan, mine: Plan, theirs: Plan, recording: Recording): Plan {
  const mineRecorded = withVersionRecorded(mine, null, recording);
  const theirsRecorded = withVersionRecorded(theirs, null, recording);
  const history = joinedHistories(mineRecorded.history, theirsRecorded.history);
  const mineHead = headVersion(mineRecorded)!;
  const theirsHead = headVersion(theirsRecorded)!;
  const summary = shortened(wordMessage(recording.language, message('history.merged', { summary: changeSummary(mineRecorded, merged, recording.language) })));
  return withVersion(merged, history, {
    id: recording.newVersionId(),
    parents: [mineHead.id, theirsHead.id],
    author: authorOf(recording),
    at: recording.at,
    summary,
    contentHash: planContentHash(merged),
  });
}
