import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import { logicColumns, type LogicColumn, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { LocalizedText } from '@shared/model/localized-text.ts';

/** A line of a node's box: its name, a figure about it, or a check it fails. */
export type LineStyle = 'title' | 'detail' | 'flag';
export type NodeLine = { text: string; style: LineStyle };

/** Measures a line's width in pixels, in the style it is drawn in. */
export type Measure = (text: string, style: LineStyle) => number;

/** `lines` as drawn (wrapped to the box); `text` the same content unwrapped, one sentence a line, for screen readers. */
export type NodeBox = { id: string; column: LogicColumn; x: number; y: number; width: number; height: number; lines: NodeLine[]; text: string };
export type ColumnHeader = { column: LogicColumn; label: LocalizedText; x: number; width: number };

/** Where everything sits, in one coordinate space shared by the canvas, the SVG and the PNG. */
export type ModelLayout = { boxes: NodeBox[]; columns: ColumnHeader[]; width: number; height: number; direction: 'rtl' | 'ltr' };

export const boxWidth = 210;
export const boxPadding = 10;
export const lineHeight: Record<LineStyle, number> = { title: 18, detail: 16, flag: 16 };
/** The band above the nodes that names each column. */
export const headerHeight = 44;
export const margin = 16;

/** Breaks text into lines no wider than the box's inside (a flagged box's border is thicker), at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, style: LineStyle, measure: Measure, width = boxWidth - 2 * boxPadding - 6): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, style) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export function boxHeight(lines: readonly NodeLine[]): number {
  return 2 * boxPadding + lines.reduce((sum, line) => sum + lineHeight[line.style], 0);
}

/** Each node's lines wrapped to its box, and the same content unwrapped for screen readers. */
export type ModelContent = Map<string, { lines: NodeLine[]; text: string }>;

export function wrapContent(model: LogicModel, content: (nodeId: string) => NodeLine[], measure: Measure): ModelContent {
  return new Map(
    model.nodes.map((node) => {
      const unwrapped = content(node.id);
      const lines = unwrapped.flatMap((line) => wrapText(line.text, line.style, measure).map((text) => ({ text, style: line.style })));
      return [node.id, { lines, text: unwrapped.map((line) => line.text).join('. ') }];
    }),
  );
}

/**
 * What the layout depends on: the nodes, their columns and heights, the links it places by and
 * the direction. An edit that leaves it alone (a figure, a name that wraps the same, a note's
 * wording) keeps every box where it is and only changes what the boxes say.
 */
export function layoutShape(model: LogicModel, content: ModelContent, direction: 'rtl' | 'ltr'): string {
  const nodes = model.nodes.map((node) => `${node.id}|${node.column}|${boxHeight(content.get(node.id)!.lines)}`);
  const edges = model.edges.filter((edge) => edge.kind !== 'feeds').map((edge) => edge.id);
  return JSON.stringify([direction, nodes, edges]);
}

/**
 * A layout of the same shape saying what the boxes say now: an edit that changes only words (a
 * figure, a name that wraps the same) keeps every box where it is. A box whose node is gone goes.
 */
export function withContent(layout: ModelLayout, content: ModelContent): ModelLayout {
  return {
    ...layout,
    boxes: layout.boxes.flatMap((box) => {
      const now = content.get(box.id);
      return now ? [{ ...box, ...now, height: boxHeight(now.lines) }] : [];
    }),
  };
}

/**
 * Lays the model out in layers with ELK: each of the model's columns is a partition, so inputs,
 * services, outcomes by horizon and goals keep their order, and within that ELK orders the nodes
 * to cross as few links as it can. Flows right to left in Hebrew, left to right in English.
 *
 * The links from inputs are left out of the layout: funding feeds nearly every service, so they
 * say nothing about where a service should sit, and they are most of the links (ELK's time grows
 * with them). They are still drawn. `elk` is ELK in a worker in the app, in-process in tests.
 */
export async function layOutModel(elk: ELK, model: LogicModel, content: ModelContent, direction: 'rtl' | 'ltr'): Promise<ModelLayout> {
  const graph: ElkNode = {
    id: 'model',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'rtl' ? 'LEFT' : 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '72',
      // The canvas draws its own curves, so ELK's cheapest routing will do; a few sweeps of
      // crossing minimisation find most of what many find (npm run bench -- --suite logic).
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.thoroughness': '3',
      'elk.padding': `[top=${headerHeight + margin},left=${margin},bottom=${margin},right=${margin}]`,
    },
    children: model.nodes.map((node) => ({
      id: node.id,
      width: boxWidth,
      height: boxHeight(content.get(node.id)!.lines),
      layoutOptions: { 'elk.partitioning.partition': String(node.column) },
    })),
    edges: model.edges.filter((edge) => edge.kind !== 'feeds').map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  };
  const laid = await elk.layout(graph);
  const columnOf = new Map(model.nodes.map((node) => [node.id, node.column]));
  const boxes = (laid.children ?? []).map((child): NodeBox => ({
    id: child.id,
    column: columnOf.get(child.id)!,
    x: Math.round(child.x ?? 0),
    y: Math.round(child.y ?? 0),
    width: child.width ?? boxWidth,
    height: child.height ?? 0,
    ...content.get(child.id)!,
  }));
  return { boxes, columns: columnHeaders(boxes), width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0), direction };
}

/** A heading over each column that has boxes, as wide as they are. */
export function columnHeaders(boxes: readonly NodeBox[]): ColumnHeader[] {
  return logicColumns.flatMap(({ column, label }): ColumnHeader[] => {
    const inColumn = boxes.filter((box) => box.column === column);
    if (inColumn.length === 0) return [];
    const left = Math.min(...inColumn.map((box) => box.x));
    const right = Math.max(...inColumn.map((box) => box.x + box.width));
    return [{ column, label, x: left, width: right - left }];
  });
}
