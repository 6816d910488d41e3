import type { KeyboardEvent } from 'react';
import { Handle, type Node, type NodeProps } from '@xyflow/react';
import type { LogicNodeKind } from '@shared/logic-model/logic-graph.ts';
import type { NodeBox } from './model-layout.ts';
import { handleSides } from './node-handles.ts';

export type LogicNodeData = {
  box: NodeBox;
  kind: LogicNodeKind;
  direction: 'rtl' | 'ltr';
  /** Labels the link handles for screen readers, in the reader's language. */
  handleLabels: { start: string; end: string };
};
export type LogicFlowNode = Node<LogicNodeData, 'logic'>;

/**
 * A link point works by click as well as by drag (click one, then the other), so Enter and Space
 * on a focused point click it: a link can be drawn from the keyboard too.
 */
function clickOnKey(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  event.stopPropagation();
  event.currentTarget.click();
}

const linkPoint = (label: string) => ({ role: 'button', tabIndex: 0, 'aria-label': label, onKeyDown: clickOnKey });

/**
 * One box of the canvas. Links are drawn from the side the model flows out of (towards the
 * goals) to the side it flows into: services and outcomes start links, outcomes and goals take
 * them. Inputs follow the budget, so their links cannot be drawn by hand.
 */
export function LogicNodeBox({ data }: NodeProps<LogicFlowNode>) {
  const { box, kind, direction, handleLabels } = data;
  const sides = handleSides(kind, direction);
  const takesLinks = kind === 'outcome' || kind === 'goal';
  const startsLinks = kind === 'output' || kind === 'outcome';
  const flagged = box.lines.some((line) => line.style === 'flag');
  return (
    <div className={`logic-node logic-node-${kind}${flagged ? ' flagged' : ''}`} style={{ width: box.width, height: box.height }} dir={direction}>
      {sides.target && (
        <Handle type="target" position={sides.target} isConnectable={takesLinks} {...(takesLinks ? linkPoint(handleLabels.end) : { 'aria-hidden': true })} />
      )}
      {box.lines.map((line, index) => (
        <div key={index} className={`logic-line logic-line-${line.style}`}>
          {line.text}
        </div>
      ))}
      {sides.source && (
        <Handle type="source" position={sides.source} isConnectable={startsLinks} {...(startsLinks ? linkPoint(handleLabels.start) : { 'aria-hidden': true })} />
      )}
    </div>
  );
}
