import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';
import type { WorkerRequest, WorkerResponse, WorkerResults } from './worker-messages.ts';

export class WorkbookJobCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type WorkbookJob<Result> = {
  result: Promise<Result>;
  /** Whether the worker has answered, so the result needs no waiting. */
  readonly settled: boolean;
  /** The latest progress the worker reported; `onProgress` hears the ones after it. */
  readonly progress: WorkbookProgress | null;
  onProgress: ((progress: WorkbookProgress) => void) | null;
  cancel(): void;
};

/**
 * Runs one spreadsheet job in its own worker. Cancelling ends the worker at once, whatever it
 * was doing, and so does finishing: the memory of a large workbook goes with it.
 */
export function runInWorker<Request extends WorkerRequest>(request: Request): WorkbookJob<WorkerResults[Request['kind']]> {
  const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module', name: 'workbook' });
  let settle: { resolve(value: WorkerResults[Request['kind']]): void; reject(error: Error): void } | null = null;
  const result = new Promise<WorkerResults[Request['kind']]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A job may fail before anyone awaits it (an export runs while the user still chooses where to save it).
  result.catch(() => undefined);
  const job: WorkbookJob<WorkerResults[Request['kind']]> = {
    result,
    settled: false,
    progress: null,
    onProgress: null,
    cancel: () => finish((handlers) => handlers.reject(new WorkbookJobCancelled())),
  };
  const state = job as { settled: boolean; progress: WorkbookProgress | null };
  const finish = (outcome: (handlers: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    state.settled = true;
    if (settle) outcome(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.kind === 'progress') {
      state.progress = message.progress;
      job.onProgress?.(message.progress);
    } else if (message.kind === 'done') finish((handlers) => handlers.resolve(message.result as WorkerResults[Request['kind']]));
    else finish((handlers) => handlers.reject(new Error(message.message)));
  };
  // A worker that ran out of memory or failed to load ends here, not in the window.
  worker.onerror = (event) => {
    event.preventDefault();
    finish((handlers) => handlers.reject(new Error(event.message || 'the spreadsheet worker stopped')));
  };
  const transfer = 'bytes' in request ? [request.bytes.buffer as ArrayBuffer] : [];
  worker.postMessage(request, transfer);
  return job;
}
