import { takeMergedPlan } from '@shared/commands/merge-commands.ts';
import { commonAncestor } from '@shared/history/common-ancestor.ts';
import { withMergeRecorded } from '@shared/history/record-version.ts';
import { headVersion } from '@shared/history/version-history.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { mergePlans, mergeWithoutAncestor } from '@shared/merge/merge-plans.ts';
import type { PlanMismatch } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import { languages } from '@shared/model/localized-text.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { wordText } from '@shared/i18n/word-message.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { recordingNow } from '../history/plan-to-save.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { askToConfirm, askToMerge } from '../state/prompts.ts';
import { useUiStore } from '../state/ui-store.ts';
import { choosePlanBeside } from '../state/review-actions.ts';
import { host } from '../host/host-client.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);

const unnamed = new Set(languages.map((language) => translate(language, 'history.unnamedAuthor')));

/** Who the other side is: the name its latest version was saved under, or the file it came in when no name was set. */
export function otherSide(theirs: Plan, fileName: string): string {
  const author = headVersion(theirs)?.author ?? '';
  return author === '' || unnamed.has(author) ? fileName : author;
}

/** Two files that seem to be two different plans are merged only when the user says so. */
async function differentPlansAccepted(mismatches: readonly PlanMismatch[], fileName: string): Promise<boolean> {
  const reasons = mismatches.map((mismatch) => t(`mergeView.mismatch.${mismatch}`)).join(', ');
  return askToConfirm(t('mergeView.differentTitle'), t('mergeView.differentBody', { name: fileName, reasons }), t('mergeView.differentGoOn'));
}

/**
 * Merges `theirs` into the open plan from `base`, the version both started from; with no base,
 * every difference is asked about. `ask`: show the merge before it is taken even when nothing
 * conflicts (a copy the user chose to merge); otherwise (a save onto a changed file) only
 * conflicts are asked about. The merge is one step to undo, recorded as a version with both
 * sides as parents. False when the user stopped it: the open plan is then as it was.
 */
export async function mergeIntoOpenPlan({ base, theirs, fileName, ask }: { base: Plan | null; theirs: Plan; fileName: string; ask: boolean }): Promise<boolean> {
  const mine = usePlanStore.getState().document?.plan;
  if (!mine) return false;
  // The reviewer's mode leaves the plan's content to the team: a merge there would be refused
  // after the user settled it, and the save would then replace the other side's work.
  if (usePlanStore.getState().readOnly) {
    notify('error', t('mergeView.notInReview', { name: fileName }));
    return false;
  }
  const merge = (differentPlans: boolean) => (base ? mergePlans(base, mine, theirs, { differentPlans }) : mergeWithoutAncestor(mine, theirs, { differentPlans }));
  let outcome = merge(false);
  if (outcome.status === 'refused') {
    if (!(await differentPlansAccepted(outcome.mismatches, fileName))) return false;
    outcome = merge(true);
    if (outcome.status === 'refused') return false;
  }
  const from = otherSide(theirs, fileName);
  // Nothing to settle and a valid result: taken at once when saving; anything else is shown,
  // conflicts to settle or the reasons the result would not be a valid plan.
  const settled = resolveMerge(outcome, new Map());
  const merged = !ask && settled.status === 'resolved' ? settled.plan : await askToMerge(outcome, from, base !== null);
  if (!merged) return false;
  usePlanStore.getState().perform(takeMergedPlan, { merged: withMergeRecorded(merged, mine, theirs, recordingNow()) });
  const language = useLanguage.getState().language;
  const names = outcome.fromTheirs.slice(0, 3).map((change) => wordText(language, change.label)).join('; ');
  const count = formatNumber(outcome.fromTheirs.length, language);
  const said = outcome.fromTheirs.length === 0 ? t('mergeView.mergedNothing', { from }) : outcome.fromTheirs.length === 1 ? t('mergeView.mergedOne', { from, names }) : t('mergeView.merged', { count, from, names });
  notify('info', said);
  return true;
}

/**
 * A save met a file someone changed since this session opened or saved it: their version is
 * merged into the open plan from the version both started from, the one this session last
 * opened or saved (`saved`). Work restored after a crash has none: the histories both carry
 * tell it, and without one every difference is asked about. False when the user stopped it.
 */
export function mergeSavedChanges(theirs: Plan, fileName: string, saved: Plan | null): Promise<boolean> {
  const mine = usePlanStore.getState().document?.plan;
  if (!mine) return Promise.resolve(false);
  const ancestor = saved ?? commonAncestor(mine, theirs).base;
  return mergeIntoOpenPlan({ base: ancestor ? { ...ancestor, history: mine.history } : null, theirs, fileName, ask: false });
}

/**
 * The shared drive's case: the file at `path` changed since this session opened or saved it.
 * The revision read is what the save then expects; null when the user stopped the merge;
 * 'unreadable' when the file on disk is not a plan that can be read.
 */
export async function mergeWithChangedFile(path: string, fileName: string, saved: Plan | null): Promise<string | null | 'unreadable'> {
  const onDisk = await host['plan:read']({ path });
  if (!onDisk.ok) return 'unreadable';
  return (await mergeSavedChanges(onDisk.plan, fileName, saved)) ? onDisk.revision : null;
}

/**
 * File → Merge a copy: a copy that came back (by mail, from the cluster) is merged into the
 * open plan from the version both files record as where they parted, shown before it is taken.
 */
export async function mergeACopy(): Promise<boolean> {
  const mine = usePlanStore.getState().document?.plan;
  if (!mine) return false;
  const copy = await choosePlanBeside('mergeView.chooseCopy');
  if (!copy) return false;
  const { base } = commonAncestor(mine, copy.plan);
  // Without a version in common, who changed what cannot be told: each difference is asked about.
  if (!base && !(await askToConfirm(t('mergeView.noAncestorTitle'), t('mergeView.noAncestor', { name: copy.name }), t('mergeView.noAncestorGoOn')))) return false;
  return mergeIntoOpenPlan({ base: base ? { ...base, history: mine.history } : null, theirs: copy.plan, fileName: copy.name, ask: true });
}
