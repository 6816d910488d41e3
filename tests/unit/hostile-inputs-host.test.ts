import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callHost, InvalidCallError } from '@electron/host/call-host.ts';
import { createNodeHost } from '@electron/host/node-host.ts';
import { startWebServer, type RunningWebServer } from '@electron/web/web-server.ts';
import { hostChannels, type HostApi } from '@shared/host-api.ts';
import { hostileCalls } from '../hostile/host-calls.ts';
import { hostileRequests } from '../hostile/urls.ts';
import { samplesFolder } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-hostile-host-');
let server: RunningWebServer;

beforeAll(async () => {
  const dataFolder = await temp.make();
  const rendererFolder = join(dataFolder, 'renderer');
  await mkdir(join(rendererFolder, 'assets'), { recursive: true });
  await writeFile(join(rendererFolder, 'index.html'), '<!doctype html><title>תמהיל</title>');
  await writeFile(join(rendererFolder, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(dataFolder, 'secret.txt'), 'secret');
  const { host, workspace } = await createNodeHost({ transport: 'browser', version: 'test', dataFolder, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null });
  await mkdir(join(workspace, 'dir.tamhil'));
  server = await startWebServer({ host, rendererFolder });
});
afterAll(async () => {
  await server.close();
  await temp.removeAll();
});

/** A chunked body's bytes: each chunk is its length in hexadecimal, a line break, the bytes and a line break; a chunk of 0 ends. */
function unchunked(body: Buffer): Buffer {
  const chunks: Buffer[] = [];
  for (let at = 0; ; ) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(chunks);
    chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** One request written on the wire as given (no client library would send most of these), and the status and body of the answer. */
function rawRequest({ method, target, token, body }: { method: string; target: string; token?: boolean; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The host may close its end while a body it refused is still being sent; the answer came first.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? socket.destroy() : reject(error)));
    socket.on('close', () => {
      const reply = Buffer.concat(chunks);
      const headEnd = reply.indexOf('\r\n\r\n');
      const head = reply.subarray(0, headEnd).toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (!status) return reject(new Error(`no answer: ${JSON.stringify(head.slice(0, 200))}`));
      const body = reply.subarray(headEnd + 4);
      resolve({ status: Number(status[1]), body: (/^transfer-encoding: chunked$/im.test(head) ? unchunked(body) : body).toString('utf8') });
    });
    const headers = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, 'Connection: close'];
    if (token) headers.push(`X-Tamhil-Token: ${server.token}`);
    if (body !== undefined) headers.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`);
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
    if (body !== undefined) socket.write(body);
  });
}

describe('hostile requests to the browser host', { timeout: 30_000 }, () => {
  it.each(hostileRequests)('$name: $status', async (request) => {
    const reply = await rawRequest(request);
    expect(reply.status).toBe(request.status);
    if (request.says !== undefined) expect(reply.body.startsWith(request.says)).toBe(true);
  });

  it('still serves after all of them', async () => {
    expect(await rawRequest({ method: 'GET', target: '/' })).toMatchObject({ status: 200, body: '<!doctype html><title>תמהיל</title>' });
  });
});

/** A host whose handlers only count that they ran. */
function countingHost(): { host: HostApi; calls: () => number } {
  let calls = 0;
  const host = Object.fromEntries(hostChannels.map((channel) => [channel, async () => void calls++])) as unknown as HostApi;
  return { host, calls: () => calls };
}

describe('hostile host-call arguments', { timeout: 30_000 }, () => {
  it.each(hostileCalls)('$name: refused before any handler runs', async ({ channel, body, refusal }) => {
    const { host, calls } = countingHost();
    const refused = callHost(host, channel, JSON.parse(body));
    await expect(refused).rejects.toThrow(InvalidCallError);
    await expect(refused).rejects.toThrow(refusal);
    expect((await refused.catch((error: Error) => error.message)) as string).toBe(refusal);
    expect(calls()).toBe(0);
  });

  it.each(hostileCalls)('$name: answered 400 over HTTP with the same words', async ({ channel, body, refusal }) => {
    expect(await rawRequest({ method: 'POST', target: `/api/${channel}`, token: true, body })).toEqual({ status: 400, body: JSON.stringify({ error: refusal }) });
  });
});
