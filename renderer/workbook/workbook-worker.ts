import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { importPlanWorkbook } from '@shared/xlsx/read-workbook.ts';
import { readTableSource } from '@shared/xlsx/table-source.ts';
import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';
import type { WorkerRequest, WorkerResponse, WorkerResults } from './worker-messages.ts';

type WorkerScope = {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const scope = self as unknown as WorkerScope;

const reportProgress = (progress: WorkbookProgress) => scope.postMessage({ kind: 'progress', progress });

async function run(request: WorkerRequest): Promise<WorkerResults[WorkerRequest['kind']]> {
  switch (request.kind) {
    case 'export-workbook':
      return exportPlanWorkbook(request.plan, { language: request.language, onProgress: reportProgress });
    case 'import-workbook':
      return importPlanWorkbook(request.bytes, {
        openPlan: request.openPlan,
        language: request.language,
        newPlanId: () => request.newPlanId,
        onProgress: reportProgress,
      });
    case 'read-table':
      return readTableSource(request.bytes, request.fileName);
  }
}

// One job per worker: the window ends the worker when the job is done or cancelled.
scope.onmessage = (event) => {
  run(event.data).then(
    (result) => scope.postMessage({ kind: 'done', result }, result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : []),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
