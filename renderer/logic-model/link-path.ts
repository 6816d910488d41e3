import type { NodeBox } from './model-layout.ts';

export type Point = { x: number; y: number };

/** Where links leave a box and enter one: the side facing the way the model flows. */
export function linkEnds(from: NodeBox, to: NodeBox, direction: 'rtl' | 'ltr'): { source: Point; target: Point } {
  const rtl = direction === 'rtl';
  return {
    source: { x: rtl ? from.x : from.x + from.width, y: from.y + from.height / 2 },
    target: { x: rtl ? to.x + to.width : to.x, y: to.y + to.height / 2 },
  };
}

/**
 * A link as an S-shaped curve that leaves and enters horizontally in the model's direction of
 * flow. A link that runs backwards (a cycle the table of links allowed) swings out and back, so it
 * stays visible instead of folding onto its boxes. The canvas and the exported images share it.
 */
export function linkPath(source: Point, target: Point, direction: 'rtl' | 'ltr'): string {
  const flow = direction === 'rtl' ? -1 : 1;
  const bend = Math.max(48, Math.abs(target.x - source.x) / 2);
  const round = (value: number) => Math.round(value * 10) / 10;
  const c1 = { x: source.x + flow * bend, y: source.y };
  const c2 = { x: target.x - flow * bend, y: target.y };
  return `M ${round(source.x)} ${round(source.y)} C ${round(c1.x)} ${round(c1.y)}, ${round(c2.x)} ${round(c2.y)}, ${round(target.x)} ${round(target.y)}`;
}
