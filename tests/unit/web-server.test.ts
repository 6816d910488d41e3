import { afterEach, describe, it, expect } from 'vitest';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import { startWebServer, type RunningWebServer } from '@electron/web/web-server.ts';
import { contentSecurityPolicy } from '@electron/web/content-security-policy.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { samplesFolder, validSampleName } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
const servers: RunningWebServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await temp.removeAll();
});

const indexHtml = '<!doctype html><html lang="he" dir="rtl"><title>תמהיל</title></html>';

async function startServer() {
  const dataFolder = await temp.make();
  const rendererFolder = join(dataFolder, 'renderer');
  await mkdir(join(rendererFolder, 'assets'), { recursive: true });
  await writeFile(join(rendererFolder, 'index.html'), indexHtml);
  await writeFile(join(rendererFolder, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(dataFolder, 'secret.txt'), 'secret');
  const { host, workspace } = await createNodeHost({
    transport: 'browser',
    version: 'test',
    dataFolder,
    samplesFolder,
    settingsBackend: () => ({ store: {} }),
    dialogs: null,
  });
  const server = await startWebServer({ host, rendererFolder });
  servers.push(server);
  return { server, workspace };
}

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One HTTP request with exactly these headers (fetch cannot set Host). */
function send(
  server: RunningWebServer,
  { method = 'GET', path = '/', headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function callApi(server: RunningWebServer, channel: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Tamhil-Token': server.token, ...headers },
    body: JSON.stringify(args),
  });
}

describe('the browser host web server', () => {
  it('listens on 127.0.0.1 only and carries its token after # in the URL', async () => {
    const { server } = await startServer();
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('gives every run its own token', async () => {
    const first = await startServer();
    const second = await startServer();
    expect(first.server.token).not.toBe(second.server.token);
  });

  it('serves index.html at / with a Content-Security-Policy header', async () => {
    const { server } = await startServer();
    const reply = await send(server, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(indexHtml);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(reply.headers['content-security-policy']);
    expect(policy).toContain(contentSecurityPolicy);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the renderer\'s assets with their content type', async () => {
    const { server } = await startServer();
    const reply = await send(server, { path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder', async () => {
    const { server } = await startServer();
    expect((await send(server, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await send(server, { path: '/..%2fsecret.txt' })).status).toBe(404);
    expect((await send(server, { path: '/missing.js' })).status).toBe(404);
  });

  it('answers an API call with the right token with the handler\'s JSON', async () => {
    const { server, workspace } = await startServer();
    const reply = await callApi(server, 'app:info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(JSON.parse(reply.body)).toEqual({ transport: 'browser', nativeDialogs: false, workspace, version: 'test' });
  });

  it('refuses an API call without the token', async () => {
    const { server } = await startServer();
    const reply = await send(server, { method: 'POST', path: '/api/app:info', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('refuses an API call with a wrong token', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'app:info', {}, { 'X-Tamhil-Token': 'x'.repeat(server.token.length) })).status).toBe(403);
    expect((await callApi(server, 'app:info', {}, { 'X-Tamhil-Token': 'short' })).status).toBe(403);
  });

  it('refuses any request that names another host, as a DNS rebinding page would', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'app:info', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send(server, { path: '/', headers: { Host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await send(server, { path: '/', headers: { Host: '127.0.0.1:1' } })).status).toBe(421);
  });

  it('accepts localhost as the host name', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'app:info', {}, { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses an API call from another origin', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await callApi(server, 'app:info', {}, { Origin: 'null' })).status).toBe(403);
    expect((await callApi(server, 'app:info', {}, { Origin: `https://127.0.0.1:${server.port}` })).status).toBe(403);
  });

  it('accepts an API call from its own origin', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'app:info', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses an unknown channel with 400', async () => {
    const { server } = await startServer();
    const reply = await callApi(server, 'plan:delete', {});
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ error: expect.stringContaining('unknown channel') });
  });

  it('refuses invalid arguments and a body that is not JSON with 400', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'plan:open', { path: 7 })).status).toBe(400);
    const reply = await send(server, { method: 'POST', path: '/api/app:info', headers: { 'X-Tamhil-Token': server.token }, body: '{not json' });
    expect(reply.status).toBe(400);
  });

  it('refuses a path that escapes the workspace with 400', async () => {
    const { server } = await startServer();
    expect((await callApi(server, 'plan:open', { path: '../secret.tamhil' })).status).toBe(400);
    expect((await callApi(server, 'plan:save', { path: '../x.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false })).status).toBe(400);
  });

  it('answers a path in a folder that does not exist without an internal error or the folder on disk', async () => {
    const { server, workspace } = await startServer();
    const reply = await callApi(server, 'plan:open', { path: 'no-such-folder/x.tamhil' });
    expect(reply.status).not.toBe(500);
    expect(reply.body).not.toContain(workspace);
  });

  it('refuses other methods on the API', async () => {
    const { server } = await startServer();
    expect((await send(server, { method: 'GET', path: '/api/app:info', headers: { 'X-Tamhil-Token': server.token } })).status).toBe(405);
  });

  it('opens and saves a plan of the workspace over HTTP', async () => {
    const { server } = await startServer();
    const opened = JSON.parse((await callApi(server, 'plan:open', { path: validSampleName })).body) as { ok: boolean; revision: string; plan: unknown };
    expect(opened.ok).toBe(true);
    const saved = await callApi(server, 'plan:save', { path: validSampleName, plan: opened.plan, expectedRevision: opened.revision, overwrite: false });
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, path: validSampleName });
    const listed = JSON.parse((await callApi(server, 'recent:list', {})).body) as { path: string }[];
    expect(listed.map((entry) => entry.path)).toEqual([validSampleName]);
  });

  it('stops accepting connections when closed', async () => {
    const { server } = await startServer();
    servers.splice(servers.indexOf(server), 1);
    await server.close();
    await expect(send(server, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
