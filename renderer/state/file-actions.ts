import { createPlan } from '@shared/model/new-plan.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { OpenResult, RecoveryEntry } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { isDirty, newRecoveryKey, usePlanStore } from './plan-store.ts';
import { askForFileName, askToConfirm, useUiStore } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);

function loadOpened(result: Extract<OpenResult, { ok: true }>, recoveryKey = newRecoveryKey()): void {
  usePlanStore.getState().load({
    plan: result.plan,
    path: result.path,
    name: result.name,
    revision: result.revision,
    savedPlan: result.plan,
    recoveryKey,
  });
  useUiStore.getState().show({ kind: 'details' });
}

function reportOpenFailure(result: Extract<OpenResult, { ok: false }>): void {
  const reason = openErrorMessage(result.error, useLanguage.getState().language);
  useUiStore.getState().notify('error', t('open.failed', { name: result.name, reason }));
}

/** Asks before unsaved work is replaced; the answer "continue" also drops its recovery copy. */
async function mayReplaceDocument(): Promise<boolean> {
  const { document } = usePlanStore.getState();
  if (!document || !isDirty(document)) return true;
  const confirmed = await askToConfirm(
    t('discard.title'),
    t('discard.body', { name: document.name ?? t('doc.untitled') }),
    t('discard.confirm'),
  );
  if (confirmed) await host['recovery:discard']({ key: document.recoveryKey });
  return confirmed;
}

export async function openStartupPlan(): Promise<void> {
  const result = await host['plan:open-startup']({});
  if (result.ok) loadOpened(result);
  else reportOpenFailure(result);
}

export async function offerRecovery(): Promise<void> {
  const entries = await host['recovery:list']({});
  if (entries.length > 0) useUiStore.getState().setPrompt({ kind: 'recovery', entries });
}

export async function restoreRecovery(entry: RecoveryEntry): Promise<void> {
  // The file's current revision lets the restored work be saved over it without a false alarm.
  const onDisk = entry.path ? await host['plan:open']({ path: entry.path }) : null;
  usePlanStore.getState().load({
    plan: entry.plan,
    path: entry.path,
    name: onDisk?.name ?? null,
    revision: onDisk?.ok ? onDisk.revision : null,
    savedPlan: null,
    recoveryKey: entry.key,
  });
  useUiStore.getState().show({ kind: 'details' });
  useUiStore.getState().notify('info', t('recovery.restored'));
}

export async function discardRecovery(entry: RecoveryEntry): Promise<void> {
  await host['recovery:discard']({ key: entry.key });
}

export async function newPlan(): Promise<void> {
  if (!(await mayReplaceDocument())) return;
  const plan = createPlan({ id: crypto.randomUUID(), authority: '', year: new Date().getFullYear() + 1 });
  usePlanStore.getState().load({ plan, path: null, name: null, revision: null, savedPlan: null, recoveryKey: newRecoveryKey() });
  useUiStore.getState().show({ kind: 'details' });
}

export async function openPlan(): Promise<void> {
  if (!(await mayReplaceDocument())) return;
  if (useUiStore.getState().info?.nativeDialogs) {
    const { path } = await host['dialog:choose-open']({});
    if (path) await openPath(path, { alreadyConfirmed: true });
  } else {
    useUiStore.getState().setPrompt({ kind: 'open' });
  }
}

export async function openPath(path: string, { alreadyConfirmed = false } = {}): Promise<void> {
  if (!alreadyConfirmed && !(await mayReplaceDocument())) return;
  const result = await host['plan:open']({ path });
  if (result.ok) loadOpened(result);
  else reportOpenFailure(result);
}

function suggestedName(): string {
  const plan = usePlanStore.getState().document?.plan;
  const base = plan ? `${plan.details.authority || t('doc.untitled')} ${plan.details.year}` : t('doc.untitled');
  return base.replace(/[/\\:*?"<>|]/g, '').trim();
}

async function saveTo(path: string, expectedRevision: string | null, overwrite: boolean): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  const plan = document.plan;
  const result = await host['plan:save']({ path, plan, expectedRevision, overwrite });
  if (result.ok) {
    usePlanStore.getState().markSaved({ path: result.path, name: result.name, revision: result.revision, plan });
    await host['recovery:discard']({ key: document.recoveryKey });
    useUiStore.getState().notify('info', t('save.saved', { name: result.name }));
    return true;
  }
  if (result.reason === 'conflict') {
    const name = path.split('/').pop() ?? path;
    const confirmed = await askToConfirm(
      t('conflict.title'),
      expectedRevision === null ? t('conflict.newFile', { name }) : t('conflict.body', { name }),
      t('conflict.overwrite'),
    );
    return confirmed ? saveTo(path, expectedRevision, true) : false;
  }
  useUiStore.getState().notify('error', t('save.failed', { detail: result.detail }));
  return false;
}

export async function savePlanAs(): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  if (useUiStore.getState().info?.nativeDialogs) {
    const { path } = await host['dialog:choose-save']({ suggestedName: suggestedName() });
    // The system dialog already asked before replacing an existing file.
    return path ? saveTo(path, path === document.path ? document.revision : null, true) : false;
  }
  const name = await askForFileName(suggestedName());
  if (!name) return false;
  const path = `${name}.tamhil`;
  return saveTo(path, path === document.path ? document.revision : null, false);
}

export async function savePlan(): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  if (!document.path) return savePlanAs();
  return saveTo(document.path, document.revision, false);
}

export async function switchLanguage(language: 'he' | 'en'): Promise<void> {
  useLanguage.getState().setLanguage(language);
  await host['settings:set-language']({ language });
}
