import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from './web/content-security-policy.ts';
import { appHost, appScheme } from './host/app-origin.ts';

/** Must run before the app is ready: the app's scheme is a secure, standard origin with fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const notFound = () => new Response('not found', { status: 404 });

/**
 * Serves the built renderer, and nothing else, at `tamhil://app/`, with the same
 * Content-Security-Policy the browser host sends, so the policy holds even for a page or worker
 * that carries no meta tag.
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(appScheme, async (request) => {
    const { host, pathname } = new URL(request.url);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return notFound();
    }
    const path = normalize(join(rendererFolder, relative));
    if (host !== appHost || !path.startsWith(rendererFolder + sep)) return notFound();
    const file = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', `${contentSecurityPolicy}; frame-ancestors 'none'`);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: file.status, statusText: file.statusText, headers });
  });
}
