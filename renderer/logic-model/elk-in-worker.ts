import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as Elk } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elk: Elk | null = null;

/** ELK in a Web Worker of its own: laying out a large plan takes seconds, and the window must stay responsive meanwhile. */
export function elkInWorker(): Elk {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl, { name: 'layout' }) });
  return elk;
}

/** Stops a layout nobody waits for any more; otherwise the worker would work through every outdated one in turn. */
export function abandonLayout(): void {
  elk?.terminateWorker();
  elk = null;
}
