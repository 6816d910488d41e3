import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileKinds, type FileKind } from '@shared/host-api.ts';

export class PathRefusedError extends Error {
  constructor(path: string, reason: string) {
    super(`refused path ${JSON.stringify(path)}: ${reason}`);
  }
}

/** Turns a path the renderer sent into a path on disk, or refuses it. */
export type PathPolicy = {
  /** Refuses, too, a path whose extension is not that of the kind of file meant (a plan by default). */
  toDisk(shownPath: string, kind?: FileKind): string;
  toShown(diskPath: string): string;
  /** Called when the user picked a path in a system dialog, which makes it allowed. */
  allow(diskPath: string): void;
  /** A folder whose plan files are read together (a cluster), or refused. */
  toDiskFolder(shownPath: string): string;
  /** A folder as the renderer knows it; the workspace itself is `.` in the browser host. */
  toShownFolder(diskPath: string): string;
  /** Called when the user picked a folder in a system dialog, which makes it allowed. */
  allowFolder(diskPath: string): void;
  /**
   * Whether the file at `diskPath` (as toDisk gave it, or a file in a folder toDiskFolder gave),
   * found once opened really at `realPath`, may be used. Checked after opening, because a folder
   * swapped for a link between toDisk's check and the open would otherwise lead anywhere.
   */
  admits(diskPath: string, realPath: string): boolean;
};

function requireExtension(path: string, kind: FileKind): void {
  const extensions: readonly string[] = fileKinds[kind];
  if (!extensions.some((extension) => path.toLowerCase().endsWith(extension))) {
    throw new PathRefusedError(path, `not a ${extensions.join(' or ')} file`);
  }
}

function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * The path with every link resolved, the file's own included. A file or folders that do not
 * exist yet (Save As, a mistyped name) keep their names under the deepest folder that does.
 */
function resolveLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(resolveLinks(parent), basename(path));
  }
}

/**
 * The browser host's policy: every path is relative to one workspace folder and may not leave
 * it, by `..`, by an absolute path, or through a symbolic link.
 */
export function workspacePathPolicy(workspace: string): PathPolicy {
  const root = realpathSync(workspace);
  const toShown = (diskPath: string) => relative(root, resolveLinks(diskPath)).split(sep).join('/');
  return {
    toDisk(shownPath, kind = 'plan') {
      requireExtension(shownPath, kind);
      if (isAbsolute(shownPath) || shownPath.includes('\0')) throw new PathRefusedError(shownPath, 'not inside the workspace');
      const real = resolveLinks(resolve(root, shownPath));
      if (!isInside(root, real)) throw new PathRefusedError(shownPath, 'not inside the workspace');
      // A link named like a spreadsheet must not lead to a plan (or anything else) of another kind.
      requireExtension(real, kind);
      return real;
    },
    toShown,
    allow() {
      // Everything inside the workspace is already allowed.
    },
    toDiskFolder(shownPath) {
      if (isAbsolute(shownPath) || shownPath.includes('\0')) throw new PathRefusedError(shownPath, 'not inside the workspace');
      const real = resolveLinks(resolve(root, shownPath));
      if (real !== root && !isInside(root, real)) throw new PathRefusedError(shownPath, 'not inside the workspace');
      return real;
    },
    toShownFolder(diskPath) {
      return toShown(diskPath) || '.';
    },
    allowFolder() {
      // Every folder inside the workspace is already allowed.
    },
    admits(_diskPath, realPath) {
      return isInside(root, realPath);
    },
  };
}

/**
 * The desktop policy: absolute paths the user chose in a system dialog, the recent files and
 * the sample workspace. A page script cannot make the main process read or write elsewhere.
 */
export function desktopPathPolicy(workspace: string, initiallyAllowed: Iterable<string>): PathPolicy {
  const root = realpathSync(workspace);
  const allowed = new Set<string>(initiallyAllowed);
  const allowedFolders = new Set<string>();
  return {
    toDisk(shownPath, kind = 'plan') {
      requireExtension(shownPath, kind);
      if (!isAbsolute(shownPath)) throw new PathRefusedError(shownPath, 'not an absolute path');
      const path = resolve(shownPath);
      const real = resolveLinks(path);
      if (!isInside(root, real) && !allowed.has(path)) throw new PathRefusedError(shownPath, 'not chosen by the user');
      requireExtension(real, kind);
      return path;
    },
    toShown(diskPath) {
      return diskPath;
    },
    allow(diskPath) {
      allowed.add(resolve(diskPath));
    },
    toDiskFolder(shownPath) {
      if (!isAbsolute(shownPath) || shownPath.includes('\0')) throw new PathRefusedError(shownPath, 'not an absolute path');
      const path = resolve(shownPath);
      const real = resolveLinks(path);
      if (real !== root && !isInside(root, real) && !allowedFolders.has(path)) throw new PathRefusedError(shownPath, 'not chosen by the user');
      return path;
    },
    toShownFolder(diskPath) {
      return diskPath;
    },
    allowFolder(diskPath) {
      allowedFolders.add(resolve(diskPath));
    },
    admits(diskPath, realPath) {
      // What the user chose is theirs wherever it leads; anything else must be in the workspace.
      const path = resolve(diskPath);
      return isInside(root, realPath) || allowed.has(path) || allowedFolders.has(dirname(path));
    },
  };
}
