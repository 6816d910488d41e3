import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import RealElk from 'elkjs/lib/elk.bundled.js';

/**
 * ELK in-process, answering only when the test says so, as the worker answers later in the app.
 * `asked` counts the layouts asked for; `answer` lets every waiting one finish (or fail).
 */
export function heldElk() {
  const real = new RealElk();
  const waiting: ((fail: boolean) => void)[] = [];
  const graphs: ElkNode[] = [];
  const elk = {
    layout: (graph: ElkNode) =>
      new Promise<ElkNode>((resolve, reject) => {
        graphs.push(graph);
        waiting.push((fail) => (fail ? reject(new Error('layout failed')) : resolve(real.layout(graph))));
      }),
  } as unknown as ELK;
  return {
    elk,
    get asked() {
      return graphs.length;
    },
    get waiting() {
      return waiting.length;
    },
    answer(fail = false) {
      for (const finish of waiting.splice(0)) finish(fail);
    },
  };
}
