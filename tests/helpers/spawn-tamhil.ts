import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on now: the system picks one, and it is let go at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type ServingTamhil = { child: ChildProcessWithoutNullStreams; url: string; stderr(): string; stop(): Promise<number | null> };

/**
 * Starts a long-running `tamhil` command (web, start) as a user does in a terminal, and waits
 * for the address it prints; `stop` is the user's Ctrl+C (SIGINT) and resolves with the exit code.
 */
export function serveTamhil(bin: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<ServingTamhil> {
  const child = spawn(process.execPath, [bin, ...args], { env, cwd, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    // Ready once the address is out and the lines around it, which end with how to stop it.
    const check = () => {
      const url = /^http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/m.exec(stdout)?.[0];
      if (url && stderr.includes('Ctrl+C')) resolve({ child, url, stderr: () => stderr, stop: () => (child.kill('SIGINT'), exited) });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      check();
    });
    void exited.then((code) => reject(new Error(`tamhil ${args.join(' ')} exited ${code} before serving: ${stderr}`)));
  });
}
