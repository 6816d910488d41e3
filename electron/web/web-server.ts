import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { HostApi } from '@shared/host-api.ts';
import { callHost, InvalidCallError } from '../host/call-host.ts';
import { PathRefusedError } from '../host/path-policy.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

export type WebServerOptions = { host: HostApi; rendererFolder: string; port?: number };
export type RunningWebServer = { url: string; token: string; port: number; close(): Promise<void> };

const bodyLimit = 80 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** The client asked for something it may not (a body too large, a malformed address): answered with a 4xx status, never 500. */
class ClientMistake extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > bodyLimit) throw new ClientMistake(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request's path, or null for an address no URL parser takes (`//[x`, a bad port). */
function pathnameOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/** A path's percent escapes decoded, or null for a malformed one (`%E0%A4%A`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** An error's own words on one line for the terminal: never its stack, never the page's. */
const oneLine = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split(/\r?\n/, 1)[0]!;

function send(response: ServerResponse, status: number, body: string | Buffer, type: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * The browser host: the built renderer and the host API over HTTP on 127.0.0.1 only. Every API
 * call needs the per-run token (the printed URL carries it after `#`, so it never reaches a
 * log) and a Host header naming this server, which stops other sites reaching it through DNS.
 */
export async function startWebServer({ host, rendererFolder, port = 0 }: WebServerOptions): Promise<RunningWebServer> {
  const token = randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  async function serveApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'method not allowed', 'text/plain');
    if (!sameToken(request.headers['x-tamhil-token'] as string | undefined, token)) {
      return send(response, 403, 'missing or wrong token', 'text/plain');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(response, 403, 'wrong origin', 'text/plain');
    }
    try {
      const body = await readBody(request);
      const result = await callHost(host, channel, body ? JSON.parse(body) : {});
      send(response, 200, JSON.stringify(result), 'application/json');
    } catch (error) {
      if (error instanceof ClientMistake) return send(response, error.status, JSON.stringify({ error: error.message }), 'application/json');
      const refused = error instanceof InvalidCallError || error instanceof PathRefusedError || error instanceof SyntaxError;
      if (refused) return send(response, 400, JSON.stringify({ error: (error as Error).message }), 'application/json');
      // Node's own messages name folders on disk; the page gets none of that, the terminal does.
      process.stderr.write(`tamhil web: ${channel} failed: ${oneLine(error)}\n`);
      send(response, 500, JSON.stringify({ error: `${channel} failed on the host` }), 'application/json');
    }
  }

  async function serveFile(response: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodedPath(pathname.slice(1));
    if (relative === null) return send(response, 400, 'malformed address', 'text/plain');
    const path = normalize(join(rendererFolder, relative));
    if (!path.startsWith(normalize(rendererFolder) + sep)) return send(response, 404, 'not found', 'text/plain');
    try {
      const bytes = await readFile(path);
      send(response, 200, bytes, contentTypes[extname(path)] ?? 'application/octet-stream');
    } catch {
      send(response, 404, 'not found', 'text/plain');
    }
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 421, 'wrong host', 'text/plain');
    const pathname = pathnameOf(request.url);
    if (pathname === null) return send(response, 400, 'malformed address', 'text/plain');
    const api = /^\/api\/([a-z-]+:[a-z-]+)$/.exec(pathname);
    return api ? serveApi(request, response, api[1]!) : serveFile(response, pathname);
  }

  const server: Server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      process.stderr.write(`tamhil web: a request failed: ${oneLine(error)}\n`);
      if (response.headersSent) response.destroy();
      else send(response, 500, 'internal error', 'text/plain');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actualPort}`, `localhost:${actualPort}`]);
  return {
    url: `http://127.0.0.1:${actualPort}/#token=${token}`,
    token,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
