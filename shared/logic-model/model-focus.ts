import type { Language } from '../model/localized-text.ts';
import type { LogicModel } from './logic-graph.ts';

/**
 * What stays lit when the team focuses on one node: the node, everything it leads to (a
 * service's outcomes, the longer-term outcomes they lead to, their goals) and everything that
 * leads to it (a goal's outcomes, the services advancing them, the inputs feeding those).
 */
export function focusedNodes(model: LogicModel, nodeId: string): Set<string> {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const edge of model.edges) {
    forward.set(edge.from, [...(forward.get(edge.from) ?? []), edge.to]);
    backward.set(edge.to, [...(backward.get(edge.to) ?? []), edge.from]);
  }
  const lit = new Set<string>([nodeId]);
  for (const next of [forward, backward]) {
    const queue = [nodeId];
    const seen = new Set<string>(queue);
    while (queue.length > 0) {
      for (const neighbour of next.get(queue.pop()!) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        lit.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return lit;
}

/** The nodes whose label holds the search text, ignoring case and surrounding spaces. */
export function matchingNodes(model: LogicModel, search: string, language: Language): Set<string> {
  const wanted = search.trim().toLocaleLowerCase(language);
  if (wanted === '') return new Set();
  return new Set(model.nodes.filter((node) => node.label[language].toLocaleLowerCase(language).includes(wanted)).map((node) => node.id));
}
