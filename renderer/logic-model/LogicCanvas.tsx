import { useMemo, useRef, useState } from 'react';
import { MarkerType, MiniMap, ReactFlow, type Connection, type EdgeChange, type NodeChange, type OnBeforeDelete } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { cycleLinkIds, type LogicFinding } from '@shared/logic-model/logic-checks.ts';
import { logicColumns, nodeRef, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { canLink, canUnlink, linkNodes, moveLink, unlinkAll, unlinkNodes } from '@shared/logic-model/model-links.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { ColumnHeader, type ColumnHeaderNode } from './ColumnHeader.tsx';
import { LinkEdge, type LinkFlowEdge } from './LinkEdge.tsx';
import { LogicNodeBox, type LogicFlowNode } from './LogicNodeBox.tsx';
import { margin, type ModelLayout } from './model-layout.ts';
import { edgeColours, flagColour } from './model-svg.ts';
import { nodeHandles } from './node-handles.ts';
import { useGlide } from './use-glide.ts';
import { useSettledFit, type FitRequest } from './use-settled-fit.ts';

const nodeTypes = { logic: LogicNodeBox, column: ColumnHeader };
const edgeTypes = { link: LinkEdge };

export type CanvasProps = {
  plan: Plan;
  model: LogicModel;
  findings: readonly LogicFinding[];
  layout: ModelLayout;
  pending: boolean;
  /** The nodes left lit by a focus or a search; null lights everything. */
  lit: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  /** The last fit asked for by "fit", a focus or a search; it is fitted again once the boxes rest. */
  fit: FitRequest | null;
};

/**
 * The logic model on a canvas. Nodes sit where the layout put them and cannot be moved; what the
 * user drags are links: from a service or an outcome to an outcome or a goal draws one (clicking
 * one link point and then the other does too), an end dragged onto another node moves it, an end
 * dropped on empty canvas removes it, and Delete removes the selected links. An outcome's link to
 * its goal can only move to another goal. Each is one plan command, undone like any other edit.
 */
const overviewColours: Record<string, string> = { input: '#5c6875', output: '#1c5aa0', outcome: '#1b6e43', goal: '#563686' };

/** The overview map paints each box in its column's colour, as the canvas does. */
function overviewColour(node: { data?: unknown }): string {
  const kind = (node.data as { kind?: string } | undefined)?.kind;
  return (kind && overviewColours[kind]) || '#d5dde5';
}

export function LogicCanvas({ plan, model, findings, layout: target, pending, lit, matches, fit }: CanvasProps) {
  const t = useT();
  const { layout, moving } = useGlide(target);
  useSettledFit(fit, !pending && !moving);
  const perform = usePlanStore((state) => state.perform);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const reconnected = useRef(true);
  const language = useLanguage((state) => state.language);
  const names = useMemo(() => new Map(model.nodes.map((node) => [node.id, node.label[language]])), [model, language]);

  const nodes = useMemo(() => {
    const kinds = new Map(model.nodes.map((node) => [node.id, node.kind]));
    const headers = layout.columns.map((column): ColumnHeaderNode => ({
      id: `column:${column.column}`,
      type: 'column',
      position: { x: column.x, y: margin },
      data: { label: logicColumns[column.column]!.label[language], width: column.width, direction: layout.direction },
      draggable: false,
      selectable: false,
      focusable: false,
      deletable: false,
      connectable: false,
    }));
    const boxes = layout.boxes.map((box): LogicFlowNode => {
      const name = names.get(box.id) ?? '';
      const kind = kinds.get(box.id)!;
      const classes = [lit && !lit.has(box.id) ? 'dimmed' : '', matches.has(box.id) ? 'match' : ''].filter(Boolean).join(' ');
      return {
        id: box.id,
        type: 'logic',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        // The layout gave each box its size: said here, a box counts for "fit" and its links are
        // drawn at once, not a frame later when React Flow has measured it again.
        measured: { width: box.width, height: box.height },
        handles: nodeHandles(kind, layout.direction, box.width, box.height),
        draggable: false,
        deletable: false,
        selected: selected.has(box.id),
        className: classes,
        ariaLabel: box.text,
        data: {
          box,
          kind,
          direction: layout.direction,
          handleLabels: { start: t('logic.canvas.linkFrom', { name }), end: t('logic.canvas.linkTo', { name }) },
        },
      };
    });
    return [...headers, ...boxes];
  }, [layout, model, lit, matches, selected, names, t, language]);

  const edges = useMemo(() => {
    const flagged = cycleLinkIds(model, findings);
    const placed = new Set(layout.boxes.map((box) => box.id));
    // A link to a node that is still being laid out waits for its box.
    return model.edges.filter((edge) => placed.has(edge.from) && placed.has(edge.to)).map((edge): LinkFlowEdge => {
      const removable = canUnlink(edge);
      const colour = flagged.has(edge.id) ? flagColour : edgeColours[edge.kind];
      const dimmed = lit !== null && !(lit.has(edge.from) && lit.has(edge.to));
      return {
        id: edge.id,
        type: 'link',
        source: edge.from,
        target: edge.to,
        data: { kind: edge.kind, direction: layout.direction },
        selected: selected.has(edge.id),
        deletable: removable,
        reconnectable: removable ? true : edge.kind === 'serves' ? 'target' : false,
        focusable: edge.kind !== 'feeds',
        selectable: edge.kind !== 'feeds',
        className: [`link-${edge.kind}`, dimmed ? 'dimmed' : ''].filter(Boolean).join(' '),
        style: { stroke: colour, strokeWidth: selected.has(edge.id) ? 3 : 1.5, strokeDasharray: edge.kind === 'feeds' ? '4 4' : undefined, strokeOpacity: edge.kind === 'feeds' ? 0.55 : 1 },
        markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
        ariaLabel: t(`logic.canvas.edge.${edge.kind}`, { from: names.get(edge.from) ?? '', to: names.get(edge.to) ?? '' }),
      };
    });
  }, [model, findings, lit, selected, layout, names, t]);

  const select = (changes: readonly (NodeChange | EdgeChange)[]) => {
    const picks = changes.filter((change) => change.type === 'select');
    if (picks.length === 0) return;
    setSelected((current) => {
      const next = new Set(current);
      for (const change of picks) {
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      return next;
    });
  };

  const link = (from: string, to: string) => ({ from, to });
  const beforeDelete: OnBeforeDelete<LogicFlowNode | ColumnHeaderNode, LinkFlowEdge> = async ({ edges: doomed }) => {
    const links = doomed.map((edge) => link(edge.source, edge.target)).filter(canUnlink);
    if (links.length > 0) perform(unlinkAll, { links });
    setSelected(new Set());
    // The plan, not the canvas, decides what is drawn: the links go when the plan loses them.
    return false;
  };

  return (
    <ReactFlow<LogicFlowNode | ColumnHeaderNode, LinkFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={select}
      onEdgesChange={select}
      isValidConnection={(connection) => canLink(plan, link(connection.source, connection.target))}
      onConnect={(connection: Connection) => perform(linkNodes, link(connection.source, connection.target))}
      onReconnectStart={() => {
        reconnected.current = false;
      }}
      onReconnect={(old, connection) => {
        reconnected.current = true;
        perform(moveLink, { old: link(old.source, old.target), next: link(connection.source, connection.target) });
      }}
      onReconnectEnd={(event, edge, _end, connection) => {
        // Only an end dropped on empty canvas removes the link; dropped back on a box, or on one
        // it cannot link to, the link stays as it was.
        const onBox = event.target instanceof Element && event.target.closest('.react-flow__node') !== null;
        if (!reconnected.current && connection.toHandle === null && !onBox) perform(unlinkNodes, link(edge.source, edge.target));
        reconnected.current = true;
      }}
      onBeforeDelete={beforeDelete}
      onNodeDoubleClick={(_event, node) => {
        const { kind, id } = nodeRef(node.id);
        if (kind === 'service' || kind === 'outcome') useUiStore.getState().goToItem({ kind, id });
      }}
      deleteKeyCode={['Delete', 'Backspace']}
      nodesDraggable={false}
      zoomOnDoubleClick={false}
      nodesConnectable
      connectionRadius={32}
      reconnectRadius={16}
      minZoom={0.1}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
      aria-label={t('logic.canvas.title')}
      aria-busy={pending || moving}
      ariaLabelConfig={{
        'node.a11yDescription.default': t('logic.canvas.nodeHelp'),
        'node.a11yDescription.keyboardDisabled': t('logic.canvas.nodeHelp'),
        'edge.a11yDescription.default': t('logic.canvas.edgeHelp'),
        'handle.ariaLabel': t('logic.canvas.handle'),
      }}
    >
      {/* Where the view is within the whole model, at a glance; drag it to move the view. */}
      <MiniMap pannable zoomable ariaLabel={t('logic.overview')} nodeColor={overviewColour} position="bottom-left" />
    </ReactFlow>
  );
}
