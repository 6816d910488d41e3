import { changedSinceSubmission } from '@shared/commands/review-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { keyFingerprint } from '@shared/review/approval-signature.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { shortHex } from '@shared/review/short-hex.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { askToConfirm } from '../state/prompts.ts';
import { approve } from '../state/review-actions.ts';
import { useReviewSession } from '../state/review-session.ts';
import { useUiStore } from '../state/ui-store.ts';

/**
 * Approves and signs, asking first wherever the host cannot: the desktop asks in a system dialog
 * of its own, outside the page; the browser host has none, so the page names what is signed
 * (the authority, the year, the plan's content hash) and the key that signs, and signs only on
 * "Sign". Cancelling signs nothing and leaves the plan as it was. False when the user cancelled.
 */
export async function approveAfterAsking(plan: Plan, note: string): Promise<boolean> {
  // Without a name, or with a plan changed since its submission, approve says why and signs nothing: nothing to ask about.
  const canSign = useReviewSession.getState().userName.trim() !== '' && !changedSinceSubmission(plan);
  if (canSign && !useUiStore.getState().info?.nativeDialogs && !(await confirmedInPage(plan))) return false;
  await approve(plan, note);
  return true;
}

async function confirmedInPage(plan: Plan): Promise<boolean> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
  let publicKey: string;
  try {
    ({ publicKey } = await host['keys:own']({}));
  } catch (error) {
    useUiStore.getState().notify('error', t('review.signFailed', { detail: (error as Error).message }));
    return false;
  }
  const body = t('trust.sign.body', {
    authority: plan.details.authority,
    year: plan.details.year,
    contentHash: shortHex(planContentHash(plan)),
    fingerprint: keyFingerprint(publicKey),
  });
  return askToConfirm(t('trust.sign.title'), body, t('trust.sign.confirm'));
}
