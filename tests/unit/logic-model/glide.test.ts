import { describe, expect, it } from 'vitest';
import { between, samePlaces } from '@renderer/logic-model/glide.ts';
import type { ModelLayout, NodeBox } from '@renderer/logic-model/model-layout.ts';

const box = (id: string, x: number, y: number, text = id): NodeBox => ({ id, column: 1, x, y, width: 210, height: 40, lines: [{ text, style: 'title' }], text });
const layout = (boxes: NodeBox[]): ModelLayout => ({ boxes, columns: [{ column: 1, label: { he: 'תפוקות', en: 'Outputs' }, x: Math.min(...boxes.map((b) => b.x)), width: 210 }], width: 500, height: 500, direction: 'rtl' });

describe('gliding from one layout to the next', () => {
  const from = layout([box('a', 16, 60), box('gone', 16, 120)]);
  const to = layout([box('a', 116, 260, 'a renamed'), box('new', 116, 60)]);

  it('starts where the boxes were, with what they say now, and ends exactly on the new layout', () => {
    const start = between(from, to, 0);
    expect(start.boxes.find((b) => b.id === 'a')).toMatchObject({ x: 16, y: 60, text: 'a renamed' });
    expect(start.columns[0]!.x).toBe(16);
    expect(between(from, to, 1)).toEqual(to);
  });

  it('moves a kept box part of the way, draws a new box at its place at once, and drops a removed one', () => {
    const half = between(from, to, 0.5);
    expect(half.boxes.map((b) => b.id)).toEqual(['a', 'new']);
    expect(half.boxes[0]).toMatchObject({ x: 66, y: 160 });
    expect(half.boxes[1]).toMatchObject({ x: 116, y: 60 });
  });

  it('has nothing to glide when the boxes that stay keep their places', () => {
    expect(samePlaces(from, layout([box('a', 16, 60, 'other words'), box('new', 300, 300)]))).toBe(true);
    expect(samePlaces(from, to)).toBe(false);
  });
});
