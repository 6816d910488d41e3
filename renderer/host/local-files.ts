import { fileKinds, type FileKind } from '@shared/host-api.ts';

/**
 * Files on the user's computer, outside the browser host's workspace: chosen in the browser's
 * own file dialog or dropped on the window, and saved back or downloaded. Chromium and Edge
 * give a handle (File System Access) that Save can write back to; other browsers give the
 * bytes only, and saving becomes a download.
 */

type PickerType = { description: string; accept: Record<string, string[]> };
type FilePickers = {
  showOpenFilePicker?(options: { types: PickerType[]; excludeAcceptAllOption: boolean; multiple: false }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: { suggestedName: string; types: PickerType[]; excludeAcceptAllOption: boolean }): Promise<FileSystemFileHandle>;
};
const pickers = () => window as unknown as FilePickers;

/** A file from this computer: its bytes, and the handle to write back to where the browser gives one. */
export type LocalFile = { file: File; handle: FileSystemFileHandle | null };

/** What an Open dialog chose: a file the host reads (the workspace, the desktop's dialog), or one from this computer. */
export type ChosenFile = { path: string } | { local: LocalFile };

const mimeTypes: Record<FileKind, string> = {
  plan: 'application/json',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  spreadsheet: 'application/octet-stream',
  png: 'image/png',
  svg: 'image/svg+xml',
  key: 'application/json',
};

function pickerTypes(kind: FileKind, description: string): PickerType[] {
  return [{ description, accept: { [mimeTypes[kind]]: [...fileKinds[kind]] } }];
}

const cancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The classic file input, for browsers without the picker: resolves with the file, or null on cancel. */
function chooseWithInput(kind: FileKind): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = fileKinds[kind].join(',');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    let settled = false;
    const settle = (file: File | null) => {
      if (settled) return;
      settled = true;
      window.removeEventListener('focus', onFocus);
      finish(file);
    };
    // Browsers that never say "cancel" give the window its focus back instead; the change, if any, comes first.
    const onFocus = () => setTimeout(() => settle(input.files?.[0] ?? null), 1_000);
    input.addEventListener('change', () => settle(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => settle(null));
    window.addEventListener('focus', onFocus);
    // Inside an open modal dialog, whatever is outside it is inert.
    (document.querySelector('dialog[open]') ?? document.body).append(input);
    input.click();
  });
}

/** The browser's own Open dialog for one file of a kind; null when the user cancels. */
export async function chooseLocalFile(kind: FileKind, description: string): Promise<LocalFile | null> {
  const { showOpenFilePicker } = pickers();
  if (!showOpenFilePicker) {
    const file = await chooseWithInput(kind);
    return file ? { file, handle: null } : null;
  }
  try {
    const [handle] = await showOpenFilePicker({ types: pickerTypes(kind, description), excludeAcceptAllOption: false, multiple: false });
    return handle ? { file: await handle.getFile(), handle } : null;
  } catch (error) {
    if (cancelled(error)) return null;
    throw error;
  }
}

/** Where a saved or exported file went, for the message that follows. */
export type LocalSaveTarget = { kind: 'handle'; handle: FileSystemFileHandle; name: string } | { kind: 'download'; name: string };

/**
 * Where to save a file of this kind: a place the user picks (Chromium, Edge), or the browser's
 * downloads; null when the user cancels the picker. Asked before the bytes exist, so the
 * picker opens while the click that asked for it still counts as the user's.
 */
export async function chooseLocalSaveTarget(fileName: string, kind: FileKind, description: string): Promise<LocalSaveTarget | null> {
  const { showSaveFilePicker } = pickers();
  if (!showSaveFilePicker) return { kind: 'download', name: fileName };
  try {
    const handle = await showSaveFilePicker({ suggestedName: fileName, types: pickerTypes(kind, description), excludeAcceptAllOption: false });
    return { kind: 'handle', handle, name: handle.name };
  } catch (error) {
    if (cancelled(error)) return null;
    throw error;
  }
}

/**
 * Writes the whole file through its handle. The browser writes to a temporary file and moves it
 * into place on close, so a failure leaves the previous file as it was.
 */
async function writeToHandle(handle: FileSystemFileHandle, bytes: Uint8Array): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** Hands the bytes to the browser as a download under this name. */
function downloadFile(fileName: string, bytes: Uint8Array, kind: FileKind): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeTypes[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is freed a moment later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function saveToLocalTarget(target: LocalSaveTarget, bytes: Uint8Array, kind: FileKind): Promise<void> {
  if (target.kind === 'handle') await writeToHandle(target.handle, bytes);
  else downloadFile(target.name, bytes, kind);
}

/** The SHA-256 of a file's bytes, as the host computes a plan file's revision. */
export async function revisionOfBytes(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
