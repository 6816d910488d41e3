import { parseArgs } from 'node:util';
import { serveInBrowser } from './serve-in-browser.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { workspace: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    throw new Error(`--port takes a whole number from 0 to 65535, not ${JSON.stringify(values.port)}`);
  }
  const server = await serveInBrowser({ ...(values.workspace ? { workspace: values.workspace } : {}), ...(port !== undefined ? { port } : {}) });
  process.stdout.write(`${server.url}\n`);
  process.stderr.write('Tamhil is served to your browser at the address above (Ctrl+C stops it).\n');
}

main().catch((error: Error) => {
  process.stderr.write(`tamhil web: ${error.message}\n`);
  process.exit(2);
});
