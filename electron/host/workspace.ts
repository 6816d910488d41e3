import { access, constants, copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileKinds, type FileEntry, type FileKind } from '@shared/host-api.ts';
import { message, type Message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { displayName, planExtension } from './plan-files.ts';

/** The sample opened when a user has no recent plan. */
export const startupSampleName = 'givat-hadkalim-2027.tamhil';

/** A workspace that cannot serve: the message names the folder and what is wrong with it; the command line words `text` itself. */
export class WorkspaceError extends Error {
  constructor(readonly text: Message) {
    super(wordMessage('en', text));
  }
}

/**
 * Creates the workspace with a copy of the bundled samples the first time; never touches it
 * after. A folder the user named that exists already is used as it is, even when empty (the
 * app then offers a new plan or a sample). A path that is a file, or a folder that cannot be
 * written, is refused before anything starts.
 */
export async function ensureWorkspace(workspace: string, samplesFolder: string): Promise<void> {
  const existing = await stat(workspace).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new WorkspaceError(message('cli.workspace.unreadable', { workspace, reason: error.code ?? error.message }));
  });
  if (existing) {
    if (!existing.isDirectory()) throw new WorkspaceError(message('cli.workspace.isFile', { workspace }));
    await access(workspace, constants.R_OK | constants.W_OK | constants.X_OK).catch(() => {
      throw new WorkspaceError(message('cli.workspace.notWritable', { workspace }));
    });
    return;
  }
  await mkdir(workspace, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new WorkspaceError(message('cli.workspace.cannotMake', { workspace, reason: error.code ?? error.message }));
  });
  for (const name of await readdir(samplesFolder)) {
    if (name.endsWith(planExtension)) await copyFile(join(samplesFolder, name), join(workspace, name));
  }
}

const listingDepth = 2;

/** The workspace and its sub-folders as deep as the lists look (two levels): where the app saves. */
export async function workspaceFolders(workspace: string): Promise<string[]> {
  const folders: string[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    folders.push(folder);
    if (depth === listingDepth) return;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(join(folder, entry.name), depth + 1);
    }
  }
  await walk(workspace, 0);
  return folders;
}

/** Files of one kind in the workspace and its sub-folders (two levels), newest first. */
export async function listFiles(folder: string, kind: FileKind, toShown: (diskPath: string) => string): Promise<FileEntry[]> {
  const extensions: readonly string[] = fileKinds[kind];
  const entries: FileEntry[] = [];
  async function walk(current: string, depth: number): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory() && depth < listingDepth) await walk(path, depth + 1);
      else if (entry.isFile() && extensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) {
        const info = await stat(path);
        entries.push({ path: toShown(path), name: displayName(path), modified: info.mtime.toISOString(), size: info.size });
      }
    }
  }
  await walk(folder, 0);
  return entries.sort((a, b) => b.modified.localeCompare(a.modified));
}

/** A file as the lists show it, or null when there is none, or it is not a regular file (a named pipe is never offered). */
export async function describeFile(diskPath: string, shownPath: string): Promise<FileEntry | null> {
  try {
    const info = await stat(diskPath);
    if (!info.isFile()) return null;
    return { path: shownPath, name: displayName(diskPath), modified: info.mtime.toISOString(), size: info.size };
  } catch {
    return null;
  }
}
