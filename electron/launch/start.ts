import { spawn } from 'node:child_process';
import { appRoot } from '../host/app-folders.ts';
import { serveInBrowser } from '../web/serve-in-browser.ts';
import { findElectron } from './find-electron.ts';

/**
 * `npm start`: the desktop app when Electron's program is available, otherwise the same app
 * served to the browser, so the work can always start.
 */
async function start(): Promise<void> {
  const electron = findElectron(appRoot);
  if (electron.found) {
    const child = spawn(electron.path, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }
  process.stderr.write(
    `Electron's program is not available on this machine (${electron.reason}); serving Tamhil to your browser instead.\n`,
  );
  const server = await serveInBrowser({});
  process.stdout.write(`${server.url}\n`);
}

start().catch((error: Error) => {
  process.stderr.write(`tamhil: ${error.message}\n`);
  process.exit(2);
});
