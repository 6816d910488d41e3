import { withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage } from '../i18n/i18n.ts';
import type { PlanDocument } from '../state/plan-store.ts';
import { useReviewSession } from '../state/review-session.ts';

/**
 * The open plan as a save writes it: with the save recorded as a version of its history, by
 * the name set in the app, worded in the app's language. Every kind of save (to the
 * workspace, back to a file on this computer, Save As) calls this once, before writing, and
 * hands what it returns to markSaved.
 */
export function planToSave(document: PlanDocument): Plan {
  return withVersionRecorded(document.plan, document.savedPlan, recordingNow());
}

/** A version recorded now, by the name set in the app, worded in the app's language: a save's, or a merge's. */
export function recordingNow(): Recording {
  return {
    newVersionId: () => crypto.randomUUID(),
    author: useReviewSession.getState().userName,
    at: new Date().toISOString(),
    language: useLanguage.getState().language,
  };
}
