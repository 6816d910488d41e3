import {
  addComment,
  approvePlan,
  changedSinceSubmission,
  replyToComment,
  returnPlan,
  setCommentResolved,
  submitPlan,
} from '@shared/commands/review-commands.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { KeyImportResult } from '@shared/host-api.ts';
import { keyFingerprint } from '@shared/review/approval-signature.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { unmetRequirements } from '@shared/review/review-checklist.ts';
import { keyFileSizeLimit, parsePublicKeyText } from '@shared/review/public-key-file.ts';
import { host } from '../host/host-client.ts';
import type { ChosenFile, LocalFile } from '../host/local-files.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { chooseExportTarget, writeExport } from './export-file.ts';
import { readLocalPlan } from './local-plan.ts';
import { usePlanStore } from './plan-store.ts';
import { askForWorkspaceFile, askToConfirm } from './prompts.ts';
import { useReviewSession } from './review-session.ts';
import { useUiStore } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);
const now = () => new Date().toISOString();

/** The name acts are recorded under, or null (and the user told) when none was given. */
function signer(): string | null {
  const name = useReviewSession.getState().userName.trim();
  if (!name) notify('error', t('review.nameNeeded'));
  return name || null;
}

export function submitForReview(plan: Plan): void {
  const by = signer();
  if (!by) return;
  // The button is disabled while requirements are unmet; the page says which, with links.
  if (unmetRequirements(plan).length > 0) return;
  usePlanStore.getState().perform(submitPlan, { by, at: now() });
  notify('info', t('review.submitted'));
}

export function returnForChanges(note: string): void {
  const by = signer();
  if (!by) return;
  usePlanStore.getState().perform(returnPlan, { by, at: now(), note });
  notify('info', t('review.returned'));
}

/** The host signs the approval's fields with this installation's key; the plan records the signature and the public key. */
export async function approve(plan: Plan, note: string): Promise<void> {
  if (changedSinceSubmission(plan)) {
    notify('error', t('review.changedSinceSubmission'));
    return;
  }
  const by = signer();
  if (!by) return;
  const fields = { planId: plan.id, authority: plan.details.authority, year: plan.details.year, by, at: now(), contentHash: planContentHash(plan), note };
  try {
    const signed = await host['keys:sign-approval'](fields);
    if ('declined' in signed) return;
    const { signature, publicKey } = signed;
    usePlanStore.getState().perform(approvePlan, { by, at: fields.at, note, contentHash: fields.contentHash, signature, publicKey });
    notify('info', t('review.approvedNow'));
  } catch (error) {
    notify('error', t('review.signFailed', { detail: (error as Error).message }));
  }
}

export function comment(target: string, text: string): boolean {
  const by = signer();
  if (!by) return false;
  usePlanStore.getState().perform(addComment, { id: `comment-${crypto.randomUUID()}`, target, by, role: useReviewSession.getState().role, at: now(), text });
  return true;
}

export function reply(commentId: string, text: string): boolean {
  const by = signer();
  if (!by) return false;
  usePlanStore.getState().perform(replyToComment, { commentId, by, role: useReviewSession.getState().role, at: now(), text });
  return true;
}

export function resolveComment(commentId: string, resolved: boolean): void {
  usePlanStore.getState().perform(setCommentResolved, { commentId, resolved });
}

async function chooseFile(kind: 'plan' | 'key', title: MessageKey, empty: MessageKey): Promise<ChosenFile | null> {
  if (!useUiStore.getState().info?.nativeDialogs) return askForWorkspaceFile(kind, title, empty);
  const { path } = await host['dialog:choose-open']({ kind });
  return path ? { path } : null;
}

/** A plan read to set beside the open one (last year's, an earlier version, a copy to merge), or null. `title`: what the chooser asks for. */
export async function choosePlanBeside(title: MessageKey = 'review.choosePlan'): Promise<{ name: string; plan: Plan } | null> {
  const chosen = await chooseFile('plan', title, 'review.noPlans');
  if (!chosen) return null;
  const result = 'local' in chosen ? await readLocalPlan(chosen.local.file) : await host['plan:read']({ path: chosen.path });
  if (result.ok) return { name: result.name, plan: result.plan };
  notify('error', `${t('review.besideFailed', { name: result.name })} ${openErrorMessage(result.error, useLanguage.getState().language)}`);
  return null;
}

export async function exportPublicKey(name: string): Promise<void> {
  const { publicKey } = await host['keys:own']({});
  const target = await chooseExportTarget('key', name);
  if (!target) return;
  const text = `${JSON.stringify({ kind: 'tamhil-public-key', name, publicKey }, null, 2)}\n`;
  await writeExport(target, new TextEncoder().encode(text), 'key', 'review.keyExported');
}

/**
 * A key file from this computer, checked in the page as the host checks one on disk, and
 * trusted only once the user has seen its name and fingerprint and agreed (a dropped file
 * must not become a trusted reviewer unseen). Null when the user declines.
 */
async function importLocalKey({ file }: LocalFile): Promise<KeyImportResult | null> {
  const failed = (error: Extract<KeyImportResult, { ok: false }>['error']) => ({ ok: false as const, path: file.name, name: file.name, error });
  if (file.size > keyFileSizeLimit) return failed({ code: 'too-large', size: file.size, limit: keyFileSizeLimit });
  const parsed = parsePublicKeyText(await file.text());
  if (!parsed.ok) return failed({ code: 'not-a-key', detail: parsed.detail });
  const { name, publicKey } = parsed.key;
  const trusted = await askToConfirm(t('files.keyTrustTitle'), t('files.keyTrustBody', { name, fingerprint: keyFingerprint(publicKey) }), t('files.keyTrustConfirm'));
  return trusted ? { ok: true, key: parsed.key, settings: await host['keys:trust'](parsed.key) } : null;
}

export async function importPublicKey(dropped?: LocalFile): Promise<void> {
  const chosen = dropped ? { local: dropped } : await chooseFile('key', 'review.chooseKey', 'review.noKeys');
  if (!chosen) return;
  const result = 'local' in chosen ? await importLocalKey(chosen.local) : await host['keys:import']({ path: chosen.path });
  if (!result) return;
  if (result.ok) {
    useReviewSession.getState().takeSettings(result.settings);
    notify('info', t('review.keyImported', { name: result.key.name }));
    return;
  }
  const detail = result.error.code === 'not-a-key' ? t('review.notAKey', { detail: result.error.detail }) : openErrorMessage(result.error, useLanguage.getState().language);
  notify('error', t('review.keyImportFailed', { name: result.name, detail }));
}

export async function forgetKey(publicKey: string): Promise<void> {
  useReviewSession.getState().takeSettings(await host['keys:forget']({ publicKey }));
}
