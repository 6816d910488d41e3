import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as Elk } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elk: Elk | null = null;

/**
 * ELK in a Web Worker of its own, started once and kept: laying out a large plan takes seconds,
 * and the window must stay responsive meanwhile. Starting it (loading and compiling 1.6 MB of
 * script) and its first, unoptimised layout cost about 0.3 s, so it is started before it is needed.
 */
export function elkInWorker(): Elk {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl, { name: 'layout' }) });
  return elk;
}
