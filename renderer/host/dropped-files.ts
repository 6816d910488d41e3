import type { LocalFile } from './local-files.ts';

type HandleItem = DataTransferItem & { getAsFileSystemHandle?(): Promise<FileSystemHandle | null> };

/** What was dropped on the window: the files with their handles (where the browser gives them), and how many folders. */
export type Dropped = { files: LocalFile[]; folders: number };

/**
 * Reads a drop. The items are readable only while the drop event runs, so every handle and
 * file is asked for at once, before the first await.
 */
export function droppedFiles(transfer: DataTransfer): Promise<Dropped> {
  let folders = 0;
  const pending: Promise<LocalFile | null>[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    if (item.webkitGetAsEntry()?.isDirectory) {
      folders++;
      continue;
    }
    const file = item.getAsFile();
    if (!file) continue;
    const handle = (item as HandleItem).getAsFileSystemHandle?.() ?? Promise.resolve(null);
    pending.push(handle.then(
      (found) => ({ file, handle: found?.kind === 'file' ? (found as FileSystemFileHandle) : null }),
      () => ({ file, handle: null }),
    ));
  }
  return Promise.all(pending).then((files) => ({ files: files.filter((entry): entry is LocalFile => entry !== null), folders }));
}
