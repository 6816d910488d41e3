import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { createPlan } from '@shared/model/new-plan.ts';
import { fileSystemProblem } from '@shared/model/file-system-problem.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { OpenResult, RecoveryEntry } from '@shared/host-api.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { host } from '../host/host-client.ts';
import { chooseLocalFile, chooseLocalSaveTarget, revisionOfBytes, saveToLocalTarget, type LocalFile, type LocalSaveTarget } from '../host/local-files.ts';
import { localFileProblem } from '../host/local-file-problem.ts';
import { readLocalPlan } from './local-plan.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { isDirty, newRecoveryKey, usePlanStore, type PlanDocument } from './plan-store.ts';
import { askForFileName, askToConfirm } from './prompts.ts';
import { planToSave } from '../history/plan-to-save.ts';
import { mergeACopy, mergeSavedChanges, mergeWithChangedFile } from '../merge/merge-into-open-plan.ts';
import { afterSave, discardRecoveryEntry } from './recovery-sync.ts';
import { useUiStore } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);

let busy = false;

/**
 * File actions run one at a time (a second Ctrl+S while saving would otherwise see the first
 * save's file as someone else's change), and any failure of the host becomes a message.
 */
async function exclusive<T>(action: () => Promise<T>): Promise<T | undefined> {
  if (busy) {
    // Said, not silently dropped: an Open clicked while the plan is still loading did nothing.
    notify('info', t('action.busy'));
    return undefined;
  }
  busy = true;
  try {
    return await action();
  } catch (error) {
    notify('error', t('action.failed', { detail: (error as Error).message }));
    return undefined;
  } finally {
    busy = false;
  }
}

/** The previous document's recovery copy goes only once the replacement is on screen. */
function replaceDocument(document: PlanDocument): void {
  const previousKey = usePlanStore.getState().document?.recoveryKey;
  usePlanStore.getState().load(document);
  useUiStore.getState().show({ kind: 'details' });
  // Another plan starts at its top, even when the details page was already the one open.
  window.scrollTo(0, 0);
  if (previousKey && previousKey !== document.recoveryKey) void discardRecoveryEntry(previousKey);
}

function openedDocument(result: Extract<OpenResult, { ok: true }>): PlanDocument {
  return {
    plan: result.plan,
    path: result.path,
    name: result.name,
    revision: result.revision,
    savedPlan: result.plan,
    recoveryKey: newRecoveryKey(),
  };
}

function reportOpenFailure(result: Extract<OpenResult, { ok: false }>): void {
  const reason = openErrorMessage(result.error, useLanguage.getState().language);
  notify('error', t('open.failed', { name: result.name, reason }));
}

async function mayReplaceDocument(): Promise<boolean> {
  const { document } = usePlanStore.getState();
  if (!document || !isDirty(document)) return true;
  return askToConfirm(t('discard.title'), t('discard.body', { name: document.name ?? t('doc.untitled') }), t('discard.confirm'));
}

/** The recent plan or the sample; a workspace with nothing to open leaves the welcome on screen, with no error. */
export const openStartupPlan = () =>
  exclusive(async () => {
    const result = await host['plan:open-startup']({});
    if (result.ok) replaceDocument(openedDocument(result));
    else if (!('nothingToOpen' in result)) reportOpenFailure(result);
  });

/** A bundled sample, copied into the workspace and opened from there. */
export const openSample = (fileName: string) =>
  exclusive(async () => {
    if (!(await mayReplaceDocument())) return;
    const opened = await host['samples:open']({ fileName });
    if (!opened.ok) return reportOpenFailure(opened);
    replaceDocument(openedDocument(opened));
    notify('info', t('welcome.sampleCopied', { name: `${opened.name}.tamhil` }));
  });

export const offerRecovery = () =>
  exclusive(async () => {
    const entries = await host['recovery:list']({});
    if (entries.length > 0) useUiStore.getState().setPrompt({ kind: 'recovery', entries });
  });

export const restoreRecovery = (entry: RecoveryEntry) =>
  exclusive(async () => {
    // The file's current revision lets the restored work be saved over it without a false alarm;
    // a file that is gone (or belongs to the other kind of host) leaves the work to be saved anew.
    const onDisk = entry.path ? await host['plan:open']({ path: entry.path }).catch(() => null) : null;
    const known = onDisk?.ok ? onDisk : null;
    replaceDocument({
      plan: entry.plan,
      path: known?.path ?? null,
      name: known?.name ?? null,
      revision: known?.revision ?? null,
      savedPlan: null,
      recoveryKey: entry.key,
    });
    notify('info', t('recovery.restored'));
  });

export const dropRecovery = (entry: RecoveryEntry) => discardRecoveryEntry(entry.key);

export const newPlan = () =>
  exclusive(async () => {
    if (!(await mayReplaceDocument())) return;
    const language = useLanguage.getState().language;
    const plan = createPlan({ id: crypto.randomUUID(), year: new Date().getFullYear() + 1, language });
    replaceDocument({ plan, path: null, name: null, revision: null, savedPlan: null, recoveryKey: newRecoveryKey() });
  });

/** A plan that exists only in memory (made from an imported workbook), opened in place of the current one. */
export const openUnsavedPlan = (plan: Plan) =>
  exclusive(async () => {
    if (!(await mayReplaceDocument())) return;
    replaceDocument({ plan, path: null, name: null, revision: null, savedPlan: null, recoveryKey: newRecoveryKey() });
  });

/** Open lists the recent plans and the workspace; the desktop app adds the system's file dialog. */
export const openPlan = () =>
  exclusive(async () => {
    if (await mayReplaceDocument()) useUiStore.getState().setPrompt({ kind: 'open' });
  });

async function openConfirmedPath(path: string): Promise<void> {
  const result = await host['plan:open']({ path });
  if (result.ok) replaceDocument(openedDocument(result));
  else reportOpenFailure(result);
}

/** A plan chosen in the Open dialog, after the user already agreed to leave unsaved work. */
export const openPath = (path: string) => exclusive(() => openConfirmedPath(path));

async function openLocalPlan({ file, handle }: LocalFile): Promise<void> {
  const read = await readLocalPlan(file);
  if (!read.ok) {
    notify('error', t('open.failed', { name: file.name, reason: openErrorMessage(read.error, useLanguage.getState().language) }));
    return;
  }
  replaceDocument({ plan: read.plan, path: null, name: read.name, revision: read.revision, savedPlan: read.plan, recoveryKey: newRecoveryKey(), localFile: handle, fromComputer: true });
}

/** The browser's own Open dialog: a plan from anywhere on this computer, after the user already agreed to leave unsaved work. */
export const openPlanFromComputer = () =>
  exclusive(async () => {
    const chosen = await chooseLocalFile('plan', t('files.planDescription'));
    if (chosen) await openLocalPlan(chosen);
  });

/** A plan file dropped on the window. */
export const openDroppedPlan = (local: LocalFile) =>
  exclusive(async () => {
    if (await mayReplaceDocument()) await openLocalPlan(local);
  });

export const browseForPlan = () =>
  exclusive(async () => {
    const { path } = await host['dialog:choose-open']({ kind: 'plan' });
    if (path) await openConfirmedPath(path);
  });

export function suggestedName(): string {
  const plan = usePlanStore.getState().document?.plan;
  const base = plan ? `${plan.details.authority || t('doc.untitled')} ${plan.details.year}` : t('doc.untitled');
  return base.replace(/[/\\:*?"<>|]/g, '').trim();
}

function fileNameOf(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

async function saveTo(path: string, expectedRevision: string | null, overwrite: boolean, replaceReadOnly = false, merged = false): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  const plan = planToSave(document);
  // The file gets every formula's current value, for readers without Tamhil's engine.
  const result = await host['plan:save']({ path, plan: evaluatePlan(plan).plan, expectedRevision, overwrite, replaceReadOnly });
  if (result.ok) {
    usePlanStore.getState().markSaved({ path: result.path, name: result.name, revision: result.revision, plan, from: document.plan });
    void afterSave(document.recoveryKey);
    notify('info', t('save.saved', { name: result.name }));
    return true;
  }
  if (result.reason === 'conflict') {
    const name = fileNameOf(path);
    // Someone else saved this file since this session opened or saved it: their work and this
    // session's are merged from the version both started from, instead of one of them lost.
    // Changed again while merging, the question below is asked rather than merging round after round.
    if (expectedRevision !== null && !merged) {
      const revision = await mergeWithChangedFile(path, name, document.savedPlan);
      if (revision !== 'unreadable') return revision === null ? false : saveTo(path, revision, false, replaceReadOnly, true);
    }
    const confirmed = await askToConfirm(
      t('conflict.title'),
      expectedRevision === null ? t('conflict.newFile', { name }) : t('conflict.body', { name }),
      t('conflict.overwrite'),
    );
    return confirmed ? saveTo(path, expectedRevision, true, replaceReadOnly) : false;
  }
  if (result.reason === 'read-only') {
    const confirmed = await askToConfirm(t('saves.readOnly.title'), t('saves.readOnly.body', { name: fileNameOf(path) }), t('saves.readOnly.replace'));
    return confirmed ? saveTo(path, expectedRevision, overwrite, true) : false;
  }
  notify('error', t('saves.failed', { detail: fileSystemProblem(result.errno, useLanguage.getState().language) }));
  return false;
}

/** The text a plan file holds, with every formula's current value for readers without Tamhil's engine. */
const planFileBytes = (plan: Plan) => new TextEncoder().encode(serializePlan(evaluatePlan(plan).plan));

/** Writes a plan file to this computer; a refusal becomes a message, and the file there stays as it was. */
async function writeLocally(target: LocalSaveTarget, bytes: Uint8Array): Promise<boolean> {
  try {
    await saveToLocalTarget(target, bytes, 'plan');
    return true;
  } catch (error) {
    notify('error', t('save.failed', { detail: t(localFileProblem(error)) }));
    return false;
  }
}

type WritePermission = { requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState> };

/**
 * Save back to the file on this computer the plan came from. As on disk, a file changed by
 * someone else since it was opened is not replaced without asking.
 */
async function saveToLocalFile(handle: FileSystemFileHandle): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  // Asked first, while the user's Save still counts as the user's act.
  const permission = await (handle as FileSystemFileHandle & WritePermission).requestPermission?.({ mode: 'readwrite' });
  if (permission !== undefined && permission !== 'granted') {
    notify('error', t('save.permissionDenied', { name: handle.name }));
    return saveAs();
  }
  const onDisk = await handle.getFile().then((file) => file.arrayBuffer()).then((buffer) => new Uint8Array(buffer), () => null);
  if (onDisk && document.revision !== null && (await revisionOfBytes(onDisk)) !== document.revision) {
    // As on the shared drive: the file's own changes are merged in, or, if it is not a plan that
    // can be read, the user is asked before it is replaced.
    const theirs = readPlan(new TextDecoder().decode(onDisk));
    const settled = theirs.ok
      ? await mergeSavedChanges(theirs.plan, handle.name, document.savedPlan)
      : await askToConfirm(t('conflict.title'), t('conflict.bodyLocal', { name: handle.name }), t('conflict.overwrite'));
    if (!settled) return false;
  }
  // A merge above made a new open plan: that is the one saved.
  const saving = usePlanStore.getState().document ?? document;
  const plan = planToSave(saving);
  const bytes = planFileBytes(plan);
  if (!(await writeLocally({ kind: 'handle', handle, name: handle.name }, bytes))) return false;
  usePlanStore.getState().markSaved({ path: null, name: document.name ?? handle.name, revision: await revisionOfBytes(bytes), plan, from: saving.plan, localFile: handle, fromComputer: true });
  void afterSave(document.recoveryKey);
  notify('info', `${t('save.saved', { name: handle.name })} ${t('files.inChosenPlace')}`);
  return true;
}

/** Save As to this computer, from the browser: a place the user picks, or a download. */
async function saveToComputer(name: string): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  const target = await chooseLocalSaveTarget(`${name}.tamhil`, 'plan', t('files.planDescription'));
  if (!target) return false;
  const plan = planToSave(document);
  const bytes = planFileBytes(plan);
  if (!(await writeLocally(target, bytes))) return false;
  const localFile = target.kind === 'handle' ? target.handle : null;
  usePlanStore.getState().markSaved({ path: null, name: target.name.replace(/\.tamhil$/i, ''), revision: localFile ? await revisionOfBytes(bytes) : null, plan, from: document.plan, localFile, fromComputer: true });
  void afterSave(document.recoveryKey);
  notify('info', `${t('save.saved', { name: target.name })} ${t(localFile ? 'files.inChosenPlace' : 'files.inDownloads')}`);
  return true;
}

async function saveAs(): Promise<boolean> {
  const document = usePlanStore.getState().document;
  if (!document) return false;
  if (useUiStore.getState().info?.nativeDialogs) {
    const { path } = await host['dialog:choose-save']({ suggestedName: suggestedName(), kind: 'plan' });
    // The system dialog already asked before replacing an existing file.
    return path ? saveTo(path, path === document.path ? document.revision : null, true) : false;
  }
  const answer = await askForFileName(suggestedName(), 'plan', document.fromComputer ? 'computer' : 'workspace');
  if (!answer) return false;
  if (answer.where === 'computer') return saveToComputer(answer.name);
  const path = `${answer.name}.tamhil`;
  return saveTo(path, path === document.path ? document.revision : null, false);
}

export const savePlanAs = () => exclusive(saveAs);

export const mergeCopy = () => exclusive(mergeACopy);

export const savePlan = () =>
  exclusive(async () => {
    const document = usePlanStore.getState().document;
    if (!document) return false;
    if (document.localFile) return saveToLocalFile(document.localFile);
    return document.path ? saveTo(document.path, document.revision, false) : saveAs();
  });
