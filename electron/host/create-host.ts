import { join } from 'node:path';
import { exportKindOf, exportKinds, fileKinds, type FileKind, type HostApi, type OpenResult, type SaveKind, type TrustedKey } from '@shared/host-api.ts';
import { openPlanFile, savePlanFile } from './plan-files.ts';
import { InvalidCallError } from './call-host.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { PathRefusedError, type PathPolicy } from './path-policy.ts';
import type { RecoveryStore } from './recovery-store.ts';
import type { SettingsStore } from './settings-store.ts';
import { describeFile, listFiles, startupSampleName } from './workspace.ts';
import { copySampleToWorkspace, listSamples } from './samples.ts';
import { readSpreadsheet } from './spreadsheet-files.ts';
import { listPlanFolders, readClusterFolder } from './cluster-folder.ts';
import { writeExport } from './export-files.ts';
import { readPublicKeyFile } from './public-key-files.ts';
import { readInstallationKeys } from './trusted-keys.ts';
import type { SigningKeyStore } from './signing-key-store.ts';
import type { ApprovalFields } from '@shared/review/approval-signature.ts';

/** System file dialogs; only the desktop app has them. */
export type Dialogs = {
  chooseOpen(kind: Extract<FileKind, 'plan' | 'spreadsheet' | 'key'>): Promise<string | null>;
  chooseSave(suggestedName: string, kind: SaveKind): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  /** Asks the person at the machine, outside the page, whether to sign this approval. */
  confirmSigning(fields: ApprovalFields): Promise<boolean>;
};

export type HostDependencies = {
  transport: 'electron' | 'browser';
  version: string;
  workspace: string;
  /** The plans bundled with the app, offered to a user whose workspace is empty. */
  samplesFolder: string;
  paths: PathPolicy;
  settings: SettingsStore;
  recovery: RecoveryStore;
  signingKey: SigningKeyStore;
  /** Where the installation keeps the ministry keys it trusts without an import (trusted-keys.ts). */
  installationKeyFolders: readonly string[];
  dialogs: Dialogs | null;
  /** A plan the app was started with (a double-clicked `.tamhil` file), opened instead of the recent one. */
  startupFile: string | null;
};

/** How far an approval's recorded time may be from the host's clock when it is signed. */
const signingClockSlack = 10 * 60 * 1000;

/** The host API's handlers in plain Node, the same for Electron's IPC and the browser host. */
export function createHost(deps: HostDependencies): HostApi {
  const { paths, settings, recovery, signingKey, dialogs } = deps;

  /** Where the file at a path the policy gave may really be, checked again once it is open. */
  const admitsFor = (diskPath: string) => (realPath: string) => paths.admits(diskPath, realPath);

  async function open(shownPath: string): Promise<OpenResult> {
    const diskPath = paths.toDisk(shownPath);
    const result = await openPlanFile(diskPath, shownPath, admitsFor(diskPath));
    if (result.ok) settings.addRecent(shownPath);
    return result;
  }

  /** Trusting a key again renames it rather than listing it twice. */
  function trust(key: TrustedKey) {
    const others = settings.get().trustedKeys.filter((entry) => entry.publicKey !== key.publicKey);
    return settings.update({ trustedKeys: [...others, key] });
  }

  return {
    'app:info': async () => ({
      transport: deps.transport,
      nativeDialogs: dialogs !== null,
      workspace: deps.transport === 'browser' ? deps.workspace : null,
      version: deps.version,
    }),
    'settings:get': async () => settings.get(),
    'settings:set-language': async ({ language }) => settings.update({ language }),
    'plan:open': async ({ path }) => open(path),
    'plan:open-startup': async () => {
      if (deps.startupFile) {
        paths.allow(deps.startupFile);
        return open(deps.startupFile);
      }
      for (const recent of settings.get().recentFiles) {
        const diskPath = safeToDisk(paths, recent);
        if (diskPath && (await describeFile(diskPath, recent))) return open(recent);
      }
      const sample = join(deps.workspace, startupSampleName);
      if (!(await describeFile(sample, startupSampleName))) return { ok: false, nothingToOpen: true };
      return open(paths.toShown(sample));
    },
    'plan:save': async ({ path, plan, expectedRevision, overwrite, replaceReadOnly }) => {
      const diskPath = paths.toDisk(path);
      const result = await savePlanFile({ diskPath, shownPath: path, plan, expectedRevision, overwrite, replaceReadOnly, admits: admitsFor(diskPath) });
      if (result.ok) settings.addRecent(path);
      return result;
    },
    'dialog:choose-open': async ({ kind }) => {
      const chosen = dialogs ? await dialogs.chooseOpen(kind) : null;
      if (chosen) paths.allow(chosen);
      return { path: chosen };
    },
    'dialog:choose-save': async ({ suggestedName, kind }) => {
      const chosen = dialogs ? await dialogs.chooseSave(suggestedName, kind) : null;
      if (chosen) paths.allow(chosen);
      return { path: chosen };
    },
    'workspace:list': async ({ kind }) => listFiles(deps.workspace, kind, (diskPath) => paths.toShown(diskPath)),
    'spreadsheet:read': async ({ path }) => {
      const diskPath = paths.toDisk(path, 'spreadsheet');
      return readSpreadsheet(diskPath, path, admitsFor(diskPath));
    },
    'cluster:list-folders': async () => listPlanFolders(deps.workspace, (diskPath) => paths.toShownFolder(diskPath)),
    'cluster:choose-folder': async () => {
      const chosen = dialogs ? await dialogs.chooseFolder() : null;
      if (chosen) paths.allowFolder(chosen);
      return { folder: chosen };
    },
    'cluster:read-folder': async ({ folder }) => readClusterFolder(paths.toDiskFolder(folder), folder, (diskPath) => paths.toShown(diskPath), admitsFor),
    'export:write': async ({ path, data, overwrite }) => {
      const kind = exportKindOf(path);
      if (!kind) throw new PathRefusedError(path, `not a file Tamhil exports (${exportKinds.flatMap((each) => fileKinds[each]).join(', ')})`);
      const diskPath = paths.toDisk(path, kind);
      return writeExport(diskPath, path, data, overwrite, admitsFor(diskPath));
    },
    'recent:list': async () => {
      const entries = [];
      for (const recent of settings.get().recentFiles) {
        const diskPath = safeToDisk(paths, recent);
        const entry = diskPath ? await describeFile(diskPath, recent) : null;
        if (entry) entries.push(entry);
      }
      return entries;
    },
    'recovery:write': async ({ key, path, planText }) => {
      // Only a path the page may use anyway is recorded, so a recovery entry cannot widen access.
      if (path !== null) paths.toDisk(path);
      // Kept only if it reads back as a plan, so an entry offered at the next start always opens.
      const read = readPlan(planText);
      if (!read.ok) throw new InvalidCallError(`recovery:write: the plan text is not a readable plan (${read.error.code})`);
      return recovery.write(key, path, planText);
    },
    'recovery:touch': async ({ key }) => ({ touched: recovery.touch(key) }),
    'recovery:list': async () => recovery.list(),
    'recovery:discard': async ({ key }) => ({ discarded: await recovery.discard(key) }),
    'plan:read': async ({ path }) => {
      const diskPath = paths.toDisk(path);
      return openPlanFile(diskPath, path, admitsFor(diskPath));
    },
    'settings:set-identity': async ({ userName, workingRole }) => settings.update({ userName: userName.trim(), workingRole }),
    'keys:own': async () => ({ publicKey: await signingKey.publicKey(), keeping: await signingKey.keeping() }),
    'keys:sign-approval': async (fields) => {
      // The key signs only an approval dated now: whatever reaches this channel cannot make approvals that claim another time.
      if (Math.abs(Date.parse(fields.at) - Date.now()) > signingClockSlack) throw new InvalidCallError('keys:sign-approval: an approval is signed only at the time it records');
      // On the desktop the system asks before the key signs, so a script in the page cannot sign unseen; the browser's page asks itself.
      if (dialogs && !(await dialogs.confirmSigning(fields))) return { declined: true };
      return signingKey.sign(fields);
    },
    'keys:import': async ({ path }) => {
      const diskPath = paths.toDisk(path, 'key');
      const read = await readPublicKeyFile(diskPath, path, admitsFor(diskPath));
      if (!read.ok) return read;
      return { ok: true, key: read.key, settings: trust(read.key) };
    },
    'keys:trust': async (key) => {
      // Only the browser reads key files in the page; the desktop imports them through its own dialog.
      if (dialogs) throw new InvalidCallError('keys:trust is refused on the desktop, which imports keys from a file it reads itself');
      return trust(key);
    },
    'samples:list': async () => listSamples(deps.samplesFolder),
    'samples:open': async ({ fileName }) => {
      const copy = await copySampleToWorkspace(deps.samplesFolder, fileName, deps.workspace);
      if (!copy) return { ok: false, path: fileName, name: fileName, error: { code: 'not-found' } };
      return open(paths.toShown(copy));
    },
    'keys:forget': async ({ publicKey }) => settings.update({ trustedKeys: settings.get().trustedKeys.filter((entry) => entry.publicKey !== publicKey) }),
    'keys:installation': async () => readInstallationKeys(deps.installationKeyFolders),
  };
}

function safeToDisk(paths: PathPolicy, shownPath: string): string | null {
  try {
    return paths.toDisk(shownPath);
  } catch {
    return null;
  }
}
