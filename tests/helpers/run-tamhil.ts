import { runCli } from '@electron/cli/run-cli.ts';

export type CliRun = { code: number; stdout: string; stderr: string };

/** `tamhil ARGS` in this process: the same runCli the `tamhil` script calls, its output collected. */
export async function runTamhil(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { write: (text: string) => (stdout += text) }, { write: (text: string) => (stderr += text) });
  return { code, stdout, stderr };
}
