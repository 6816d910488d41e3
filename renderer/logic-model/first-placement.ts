import { inputColumn, logicColumns, type LogicColumn, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { boxHeight, boxWidth, columnHeaders, headerHeight, margin, type ModelContent, type ModelLayout, type NodeBox } from './model-layout.ts';

/**
 * From one column's boxes to the next: ELK puts its layers 72 px apart (elk.layered.spacing.
 * nodeNodeBetweenLayers) and widens the gap for the links' bends: 90 px or so on the sample, more
 * on a dense plan. The links from inputs are not laid out, so nothing widens the inputs' gap.
 * Close enough that refining the sample moves its boxes up and down only.
 */
const gapAfter = (column: LogicColumn) => (column === inputColumn ? 72 : 90);
/** The space between two boxes of a column, as ELK leaves it (elk.spacing.nodeNode). */
const boxGap = 16;
const top = headerHeight + margin;

/**
 * A placement drawn at once, in the time ELK takes to start: each column's boxes one under
 * another, columns in the model's order (right to left in Hebrew). With `seed`, the layout last
 * drawn, it is an edit's placement: each box still in the model keeps its place (pushed down only
 * as far as a taller box above it needs), a new box goes under its column, a removed one goes.
 * ELK then refines it; this only has to be readable and stable meanwhile.
 */
export function firstPlacement(model: LogicModel, content: ModelContent, direction: 'rtl' | 'ltr', seed: ModelLayout | null): ModelLayout {
  const previous = seed?.direction === direction ? seed : null;
  const kept = new Map(previous?.boxes.map((box) => [box.id, box]));
  const present = logicColumns.map(({ column }) => column).filter((column) => model.nodes.some((node) => node.column === column));
  const columnX = columnPlaces(present, direction, previous);

  const stacks = present.map((column) => {
    const nodes = model.nodes.filter((node) => node.column === column);
    // Kept boxes in the order they were drawn, new ones after them in the model's order.
    const order = nodes
      .map((node, index) => ({ node, wanted: kept.get(node.id)?.y ?? Number.POSITIVE_INFINITY, index }))
      .sort((a, b) => a.wanted - b.wanted || a.index - b.index);
    let cursor = top;
    const boxes = order.map(({ node, wanted }): NodeBox => {
      const { lines, text } = content.get(node.id)!;
      const y = Number.isFinite(wanted) ? Math.max(wanted, cursor) : cursor;
      const height = boxHeight(lines);
      cursor = y + height + boxGap;
      return { id: node.id, column: node.column, x: columnX.get(column)!, y, width: boxWidth, height, lines, text };
    });
    return { boxes, height: cursor - boxGap - top };
  });

  // Without a seed, the columns are centred on the tallest, as ELK tends to centre a short
  // column on the boxes it links to.
  const tallest = Math.max(0, ...stacks.map((stack) => stack.height));
  const boxes = stacks.flatMap(({ boxes: column, height }) => {
    const shift = previous ? 0 : Math.round((tallest - height) / 2);
    return column.map((box) => ({ ...box, y: box.y + shift }));
  });
  const width = Math.max(0, ...boxes.map((box) => box.x + box.width)) + margin;
  const height = Math.max(top, ...boxes.map((box) => box.y + box.height)) + margin;
  return { boxes, columns: columnHeaders(boxes), width, height, direction };
}

/** Where each column sits: where the seed had it when the columns are the same ones, else evenly spaced. */
function columnPlaces(present: readonly LogicColumn[], direction: 'rtl' | 'ltr', previous: ModelLayout | null): Map<LogicColumn, number> {
  const before = new Map(previous?.columns.map((column) => [column.column, column.x]));
  if (before.size === present.length && present.every((column) => before.has(column))) return before;
  // Laid out from the inputs on; in Hebrew the drawing is then mirrored, the inputs rightmost.
  const fromInputs = new Map<LogicColumn, number>();
  let x = margin;
  for (const column of present) {
    fromInputs.set(column, x);
    x += boxWidth + gapAfter(column);
  }
  const width = x - gapAfter(present.at(-1) ?? inputColumn) + margin;
  return direction === 'ltr' ? fromInputs : new Map([...fromInputs].map(([column, left]) => [column, width - left - boxWidth]));
}
