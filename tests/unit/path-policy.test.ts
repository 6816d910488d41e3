import { afterEach, describe, it, expect } from 'vitest';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { desktopPathPolicy, PathRefusedError, workspacePathPolicy } from '@electron/host/path-policy.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

/** A workspace with one plan and a sub-folder, and a folder outside it with a plan of its own. */
async function setUp() {
  const root = await realpath(await temp.make());
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  await mkdir(join(workspace, 'sub'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(workspace, 'plan.tamhil'), '{}');
  await writeFile(join(workspace, 'sub', 'x.tamhil'), '{}');
  await writeFile(join(outside, 'secret.tamhil'), '{}');
  return { root, workspace, outside };
}

describe('the workspace path policy (browser host)', () => {
  it('turns a workspace-relative path into the path on disk', async () => {
    const { workspace } = await setUp();
    const policy = workspacePathPolicy(workspace);
    expect(policy.toDisk('plan.tamhil')).toBe(join(workspace, 'plan.tamhil'));
    expect(policy.toDisk('sub/x.tamhil')).toBe(join(workspace, 'sub', 'x.tamhil'));
    expect(policy.toDisk('new-plan.tamhil')).toBe(join(workspace, 'new-plan.tamhil'));
  });

  it('shows paths on disk relative to the workspace with forward slashes', async () => {
    const { workspace } = await setUp();
    expect(workspacePathPolicy(workspace).toShown(join(workspace, 'sub', 'x.tamhil'))).toBe('sub/x.tamhil');
  });

  it.each([
    ['a path that climbs out with ..', '../x.tamhil'],
    ['a path that climbs out through a sub-folder', 'sub/../../x.tamhil'],
    ['a file that is not a plan', 'notes.txt'],
    ['a plan file name without the extension', 'plan'],
    ['a path with a NUL character', 'plan\0.tamhil'],
  ])('refuses %s', async (_what, shownPath) => {
    const { workspace } = await setUp();
    expect(() => workspacePathPolicy(workspace).toDisk(shownPath)).toThrow(PathRefusedError);
  });

  it('refuses an absolute path, even one inside the workspace', async () => {
    const { workspace, outside } = await setUp();
    const policy = workspacePathPolicy(workspace);
    expect(() => policy.toDisk(join(outside, 'secret.tamhil'))).toThrow(PathRefusedError);
    expect(() => policy.toDisk(join(workspace, 'plan.tamhil'))).toThrow(PathRefusedError);
  });

  it('refuses a path through a linked folder inside the workspace that points outside', async () => {
    const { workspace, outside } = await setUp();
    await symlink(outside, join(workspace, 'linked'), 'dir');
    expect(() => workspacePathPolicy(workspace).toDisk('linked/secret.tamhil')).toThrow(PathRefusedError);
    expect(() => workspacePathPolicy(workspace).toDisk('linked/new.tamhil')).toThrow(PathRefusedError);
  });

  it('refuses a linked plan file inside the workspace that points outside', async () => {
    const { workspace, outside } = await setUp();
    await symlink(join(outside, 'secret.tamhil'), join(workspace, 'linked.tamhil'), 'file');
    expect(() => workspacePathPolicy(workspace).toDisk('linked.tamhil')).toThrow(PathRefusedError);
  });

  it('accepts a path through a link that stays inside the workspace', async () => {
    const { workspace } = await setUp();
    await symlink(join(workspace, 'sub'), join(workspace, 'alias'), 'dir');
    expect(workspacePathPolicy(workspace).toDisk('alias/x.tamhil')).toBe(join(workspace, 'sub', 'x.tamhil'));
  });

  it('accepts any case of the extension', async () => {
    const { workspace } = await setUp();
    expect(workspacePathPolicy(workspace).toDisk('PLAN.TAMHIL')).toBe(join(workspace, 'PLAN.TAMHIL'));
  });

  it('accepts a plan whose name begins with two dots', async () => {
    const { workspace } = await setUp();
    expect(workspacePathPolicy(workspace).toDisk('..draft.tamhil')).toBe(join(workspace, '..draft.tamhil'));
  });
});

describe('the desktop path policy', () => {
  it('refuses an absolute path the user did not choose', async () => {
    const { workspace, outside } = await setUp();
    expect(() => desktopPathPolicy(workspace, []).toDisk(join(outside, 'secret.tamhil'))).toThrow(PathRefusedError);
  });

  it('accepts a path after the user chose it in a dialog', async () => {
    const { workspace, outside } = await setUp();
    const policy = desktopPathPolicy(workspace, []);
    const chosen = join(outside, 'secret.tamhil');
    policy.allow(chosen);
    expect(policy.toDisk(chosen)).toBe(chosen);
    expect(() => policy.toDisk(join(outside, 'other.tamhil'))).toThrow(PathRefusedError);
  });

  it('accepts the recent files it was started with', async () => {
    const { workspace, outside } = await setUp();
    const recent = join(outside, 'secret.tamhil');
    expect(desktopPathPolicy(workspace, [recent]).toDisk(recent)).toBe(recent);
  });

  it('accepts any plan inside the sample workspace', async () => {
    const { workspace } = await setUp();
    const policy = desktopPathPolicy(workspace, []);
    expect(policy.toDisk(join(workspace, 'plan.tamhil'))).toBe(join(workspace, 'plan.tamhil'));
    expect(policy.toDisk(join(workspace, 'sub', 'new.tamhil'))).toBe(join(workspace, 'sub', 'new.tamhil'));
  });

  it('refuses a relative path', async () => {
    const { workspace } = await setUp();
    expect(() => desktopPathPolicy(workspace, []).toDisk('plan.tamhil')).toThrow(PathRefusedError);
  });

  it('refuses a path that leaves the workspace by ..', async () => {
    const { workspace } = await setUp();
    expect(() => desktopPathPolicy(workspace, []).toDisk(join(workspace, '..', 'outside', 'secret.tamhil'))).toThrow(PathRefusedError);
  });

  it('refuses a chosen file that is not a plan', async () => {
    const { workspace, outside } = await setUp();
    const policy = desktopPathPolicy(workspace, []);
    policy.allow(join(outside, 'notes.txt'));
    expect(() => policy.toDisk(join(outside, 'notes.txt'))).toThrow(PathRefusedError);
  });

  it('shows absolute paths as they are', async () => {
    const { workspace, outside } = await setUp();
    expect(desktopPathPolicy(workspace, []).toShown(join(outside, 'a.tamhil'))).toBe(join(outside, 'a.tamhil'));
  });
});

describe('where an opened file may really be', () => {
  it('the workspace policy admits only files really inside the workspace', async () => {
    const { workspace, outside } = await setUp();
    const policy = workspacePathPolicy(workspace);
    const diskPath = policy.toDisk('sub/x.tamhil');
    expect(policy.admits(diskPath, join(workspace, 'sub', 'x.tamhil'))).toBe(true);
    // The same path, found once opened to lead outside (its folder was swapped for a link).
    expect(policy.admits(diskPath, join(outside, 'secret.tamhil'))).toBe(false);
    expect(policy.admits(diskPath, workspace)).toBe(false);
  });

  it('the desktop policy admits a chosen file wherever it leads, and anything else only inside the workspace', async () => {
    const { workspace, outside } = await setUp();
    const policy = desktopPathPolicy(workspace, []);
    const chosen = join(outside, 'secret.tamhil');
    policy.allow(chosen);
    expect(policy.admits(chosen, join(outside, 'elsewhere', 'target.tamhil'))).toBe(true);
    const inWorkspace = join(workspace, 'plan.tamhil');
    expect(policy.admits(inWorkspace, inWorkspace)).toBe(true);
    expect(policy.admits(inWorkspace, join(outside, 'other.tamhil'))).toBe(false);
    policy.allowFolder(join(outside, 'cluster'));
    expect(policy.admits(join(outside, 'cluster', 'a.tamhil'), join(outside, 'cluster', 'a.tamhil'))).toBe(true);
    expect(policy.admits(join(outside, 'cluster', 'deeper', 'a.tamhil'), join(outside, 'cluster', 'deeper', 'a.tamhil'))).toBe(false);
  });
});

