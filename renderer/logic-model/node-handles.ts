import { Position, type NodeHandle } from '@xyflow/react';
import type { LogicNodeKind } from '@shared/logic-model/logic-graph.ts';

/** The link points' size in styles.css (.react-flow__handle, border-box). */
const handleSize = 12;

/**
 * Which sides of a box have link points: links enter on the side facing the inputs and leave on
 * the side facing the goals. Inputs take no links and goals start none.
 */
export function handleSides(kind: LogicNodeKind, direction: 'rtl' | 'ltr'): { target: Position | null; source: Position | null } {
  const rtl = direction === 'rtl';
  return {
    target: kind === 'input' ? null : rtl ? Position.Right : Position.Left,
    source: kind === 'goal' ? null : rtl ? Position.Left : Position.Right,
  };
}

/**
 * Where the link points are on a box of that size, as the browser will measure them (centred on
 * the side's middle). Given beforehand, they let the canvas draw the links in the same frame as
 * the boxes instead of one measurement later.
 */
export function nodeHandles(kind: LogicNodeKind, direction: 'rtl' | 'ltr', width: number, height: number): NodeHandle[] {
  const sides = handleSides(kind, direction);
  // id null, as the measured handles have: dragging a link looks its ends up by node, id and type.
  const at = (type: 'source' | 'target', position: Position): NodeHandle => ({
    id: null,
    type,
    position,
    x: (position === Position.Left ? 0 : width) - handleSize / 2,
    y: height / 2 - handleSize / 2,
    width: handleSize,
    height: handleSize,
  });
  return [...(sides.target ? [at('target', sides.target)] : []), ...(sides.source ? [at('source', sides.source)] : [])];
}
