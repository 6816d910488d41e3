import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

async function globalErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-globals').map((message) => message.message);
}

describe('the lint rules that keep the layers apart', () => {
  it('refuse Node built-ins, the UI and the platform in shared/', async () => {
    expect(await importErrors('shared/budget/example.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n")).toHaveLength(1);
    expect(await importErrors('shared/budget/example.ts', "import { create } from 'zustand';\nvoid create;\n")).toHaveLength(1);
    expect(await importErrors('shared/budget/example.ts', "import { host } from '../../renderer/host/host-client.ts';\nvoid host;\n")).toHaveLength(1);
    expect(await importErrors('shared/budget/example.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
  });

  it('refuse bare Node module names and Node globals in shared/, as node: imports are', async () => {
    expect(await importErrors('shared/budget/example.ts', "import { gzipSync } from 'zlib';\nvoid gzipSync;\n")).toHaveLength(1);
    expect(await importErrors('shared/budget/example.ts', "import { Readable } from 'stream';\nvoid Readable;\n")).toHaveLength(1);
    expect(await importErrors('shared/budget/example.ts', "import { promisify } from 'util';\nvoid promisify;\n")).toHaveLength(1);
    for (const use of ['Buffer.from("x")', 'process.env.HOME', 'require("fs")', '__dirname']) {
      expect(await globalErrors('shared/budget/example.ts', `export const value = ${use};\n`), use).toHaveLength(1);
    }
    // A folder that shares a Node module's name is not Node's.
    expect(await importErrors('shared/budget/example.ts', "import { x } from '../cluster/cluster-files.ts';\nvoid x;\n")).toEqual([]);
    expect(await importErrors('renderer/components/example.ts', "import { x } from '../cluster/cluster-actions.ts';\nvoid x;\n")).toEqual([]);
    // The renderer and the browser have these too: not flagged.
    expect(await globalErrors('shared/budget/example.ts', 'export const value = [globalThis.crypto, TextEncoder, structuredClone];\n')).toEqual([]);
  });

  it('let the renderer import only types from electron/ and nothing from Node', async () => {
    expect(await importErrors('renderer/state/example.ts', "import { readFile } from 'node:fs';\nvoid readFile;\n")).toHaveLength(1);
    expect(await importErrors('renderer/state/example.ts', "import { createHost } from '../../electron/host/create-host.ts';\nvoid createHost;\n")).toHaveLength(1);
    expect(await importErrors('renderer/state/example.ts', "import type { HostApi } from '../../electron/preload.ts';\nexport type B = HostApi;\n")).toEqual([]);
  });

  it('keep Electron out of the plain-Node host and the UI out of electron/', async () => {
    expect(await importErrors('electron/host/example.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await importErrors('electron/main-example.ts', "import { App } from '../renderer/components/App.tsx';\nvoid App;\n")).toHaveLength(1);
  });

  it('explain the rule in the message', async () => {
    const [message] = await importErrors('shared/model/example.ts', "import { join } from 'node:path';\nvoid join;\n");
    expect(message).toContain('shared/ is the pure domain');
  });
});
