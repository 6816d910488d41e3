import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { LogicEdgeKind } from '@shared/logic-model/logic-graph.ts';
import { linkPath } from './link-path.ts';

export type LinkEdgeData = { kind: LogicEdgeKind; direction: 'rtl' | 'ltr' };
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

/** A link drawn with the same curve as the exported images. */
export function LinkEdge({ sourceX, sourceY, targetX, targetY, data, markerEnd, style, interactionWidth }: EdgeProps<LinkFlowEdge>) {
  const path = linkPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data?.direction ?? 'rtl');
  return <BaseEdge path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} />;
}
