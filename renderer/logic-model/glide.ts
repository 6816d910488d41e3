import type { ModelLayout } from './model-layout.ts';

/** Whether every box of `to` that `from` has too sits where it sat: then there is nothing to glide. */
export function samePlaces(from: ModelLayout, to: ModelLayout): boolean {
  const before = new Map(from.boxes.map((box) => [box.id, box]));
  return to.boxes.every((box) => {
    const was = before.get(box.id);
    return !was || (was.x === box.x && was.y === box.y);
  });
}

/**
 * `to` with its boxes and column headings `progress` (0 to 1) of the way from where `from` had
 * them; a box `from` lacks is at its place at once. Everything else is `to`'s: what the boxes
 * say, their sizes, the drawing's size.
 */
export function between(from: ModelLayout, to: ModelLayout, progress: number): ModelLayout {
  const mix = (a: number, b: number) => Math.round(a + (b - a) * progress);
  const boxesBefore = new Map(from.boxes.map((box) => [box.id, box]));
  const columnsBefore = new Map(from.columns.map((column) => [column.column, column]));
  return {
    ...to,
    boxes: to.boxes.map((box) => {
      const was = boxesBefore.get(box.id);
      return was ? { ...box, x: mix(was.x, box.x), y: mix(was.y, box.y) } : box;
    }),
    columns: to.columns.map((column) => {
      const was = columnsBefore.get(column.column);
      return was ? { ...column, x: mix(was.x, column.x), width: mix(was.width, column.width) } : column;
    }),
  };
}
