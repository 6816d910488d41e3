import { mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { HostApi } from '@shared/host-api.ts';
import { createHost, type Dialogs } from './create-host.ts';
import { desktopPathPolicy, workspacePathPolicy } from './path-policy.ts';
import { RecoveryStore } from './recovery-store.ts';
import { removeAbandonedTemporaries } from './save-temporaries.ts';
import { SettingsStore, type SettingsBackend } from './settings-store.ts';
import type { SecretProtector } from './secret-protector.ts';
import { SigningKeyStore } from './signing-key-store.ts';
import { installationKeyFolders } from './trusted-keys.ts';
import { dataLayout } from './user-data.ts';
import { ensureWorkspace, workspaceFolders } from './workspace.ts';

export type NodeHostOptions = {
  transport: 'electron' | 'browser';
  version: string;
  dataFolder: string;
  /** The browser host's workspace; defaults to the sample workspace in the data folder. */
  workspace?: string;
  samplesFolder: string;
  settingsBackend: (settingsFolder: string) => SettingsBackend;
  dialogs: Dialogs | null;
  startupFile?: string | null;
  /** The operating system's key store, which the desktop app hands in; without one the approval key stays in its file. */
  secretProtector?: SecretProtector;
};

/** Assembles the host for one running app: data folders, settings, recovery and the path policy. */
export async function createNodeHost(options: NodeHostOptions): Promise<{ host: HostApi; workspace: string }> {
  const layout = dataLayout(options.dataFolder);
  mkdirSync(layout.settingsFolder, { recursive: true });
  await ensureWorkspace(options.workspace ?? layout.workspace, options.samplesFolder);
  // Paths are shown relative to the real folder, even when it is reached through a link.
  const workspace = realpathSync(options.workspace ?? layout.workspace);
  const settings = new SettingsStore(options.settingsBackend(layout.settingsFolder));
  const paths =
    options.transport === 'browser'
      ? workspacePathPolicy(workspace)
      : desktopPathPolicy(workspace, settings.get().recentFiles);
  // Saves cut short by a crash, a kill or a full disk left temporary files where Tamhil saves: they go at the start.
  const recentFolders = settings.get().recentFiles.filter((recent) => isAbsolute(recent)).map((recent) => dirname(recent));
  const savedTo = new Set([...(await workspaceFolders(workspace)), layout.recoveryFolder, dirname(layout.signingKeyFile), ...recentFolders]);
  for (const folder of savedTo) await removeAbandonedTemporaries(folder);
  const host = createHost({
    transport: options.transport,
    version: options.version,
    workspace,
    samplesFolder: options.samplesFolder,
    paths,
    settings,
    recovery: new RecoveryStore(layout.recoveryFolder),
    signingKey: new SigningKeyStore(layout.signingKeyFile, options.secretProtector ?? null),
    installationKeyFolders: installationKeyFolders(options.dataFolder),
    dialogs: options.dialogs,
    startupFile: options.startupFile ?? null,
  });
  return { host, workspace };
}
