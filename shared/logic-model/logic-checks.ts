import type { Plan } from '../model/plan-schema.ts';
import { goalLabelKeys } from '../model/option-labels.ts';
import { listParam, message, type Message, type MessageParam } from '../i18n/message.ts';
import { deriveLogicModel, type LogicEdge, type LogicModel, type LogicNode, type OutcomeNode } from './logic-graph.ts';

export const logicChecks = ['service-no-outcome', 'outcome-no-service', 'outcome-no-indicator', 'goal-empty', 'outcome-cycle'] as const;
export type LogicCheck = (typeof logicChecks)[number];

/** One problem in the logic model: which check, the nodes to mark on the canvas, and the message, worded where it is shown. */
export type LogicFinding = { check: LogicCheck; nodeIds: string[]; message: Message };

/**
 * The logic model's checks, in a fixed order (by check, then by the model's node order) so the
 * findings panel does not jump about while the team links:
 *
 * - `service-no-outcome`: a service with no link to an outcome the plan has.
 * - `outcome-no-service`: an outcome that no service reaches. A service reaches the outcomes it
 *   advances and every outcome those lead to (`leadsTo`, any number of steps): a long-term
 *   outcome reached only through shorter-term ones is the model working as meant, not an orphan.
 *   An outcome led to only from outcomes that no service reaches is flagged, as they are.
 * - `outcome-no-indicator`: an outcome with no indicator, so it cannot be measured.
 * - `goal-empty`: one of the administration's goals that no outcome serves.
 * - `outcome-cycle`: outcomes that lead to one another in a circle (or an outcome that leads to
 *   itself). One finding per strongly connected group, naming each of its outcomes once, in the
 *   plan's order, however many circles run through it.
 */
export function checkLogicModel(plan: Plan): LogicFinding[] {
  return checkDerivedModel(deriveLogicModel(plan));
}

/** The checks over a model already derived (the canvas derives it anyway). */
export function checkDerivedModel(model: LogicModel): LogicFinding[] {
  const outcomes = model.nodes.filter((node): node is OutcomeNode => node.kind === 'outcome');
  const edgesOf = (kind: LogicEdge['kind']) => model.edges.filter((edge) => edge.kind === kind);
  const advances = edgesOf('advances');
  const leadsTo = edgesOf('leads-to');
  const serves = edgesOf('serves');

  const findings: LogicFinding[] = [];

  const advancing = new Set(advances.map((edge) => edge.from));
  for (const node of model.nodes) {
    if (node.kind === 'output' && !advancing.has(node.id)) findings.push(serviceNoOutcome(node));
  }

  const reached = reachable(
    advances.map((edge) => edge.to),
    successors(leadsTo),
  );
  for (const node of outcomes) {
    if (!reached.has(node.id)) findings.push(outcomeNoService(node));
  }

  for (const node of outcomes) {
    if (node.indicators === 0) findings.push(outcomeNoIndicator(node));
  }

  const served = new Set(serves.map((edge) => edge.to));
  for (const node of model.nodes) {
    if (node.kind === 'goal' && !served.has(node.id)) findings.push(goalEmpty(node));
  }

  const byId = new Map(outcomes.map((node) => [node.id, node]));
  for (const group of outcomeCycles(outcomes.map((node) => node.id), leadsTo)) {
    findings.push(outcomeCycle(group.map((id) => byId.get(id)!)));
  }
  return findings;
}

/** The links inside a cycle the findings report, to be drawn in the warning colour like the boxes on it. */
export function cycleLinkIds(model: LogicModel, findings: readonly LogicFinding[]): Set<string> {
  const groups = findings.filter((finding) => finding.check === 'outcome-cycle').map((finding) => new Set(finding.nodeIds));
  return new Set(model.edges.filter((edge) => edge.kind === 'leads-to' && groups.some((group) => group.has(edge.from) && group.has(edge.to))).map((edge) => edge.id));
}

function successors(edges: readonly LogicEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const list = next.get(edge.from);
    if (list) list.push(edge.to);
    else next.set(edge.from, [edge.to]);
  }
  return next;
}

function reachable(starts: readonly string[], next: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...seen];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const target of next.get(id) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      stack.push(target);
    }
  }
  return seen;
}

/**
 * The groups of outcomes on a cycle of `leads-to` edges: Tarjan's strongly connected
 * components, iteratively (a long chain must not overflow the stack). A group is a cycle when
 * it has two outcomes or more, or one that leads to itself. Each group lists its ids in the order
 * given; the groups come in the order of their first id.
 */
export function outcomeCycles(ids: readonly string[], leadsTo: readonly LogicEdge[]): string[][] {
  const next = successors(leadsTo);
  const order = new Map(ids.map((id, index) => [id, index]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;

  for (const root of ids) {
    if (index.has(root)) continue;
    const frames: { id: string; targets: readonly string[]; position: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter += 1;
      stack.push(id);
      onStack.add(id);
      frames.push({ id, targets: (next.get(id) ?? []).filter((target) => order.has(target)), position: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.position < frame.targets.length) {
        const target = frame.targets[frame.position]!;
        frame.position += 1;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.id);
      const selfLoop = group.length === 1 && (next.get(frame.id) ?? []).includes(frame.id);
      if (group.length > 1 || selfLoop) groups.push(group.sort((a, b) => order.get(a)! - order.get(b)!));
    }
  }
  return groups.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** A node's name in a message: a goal by the administration's name for it, a service or an outcome as the team typed it (the same in both languages). */
function nameOf(node: LogicNode): MessageParam {
  return node.kind === 'goal' ? message(goalLabelKeys[node.goal]) : node.label.he;
}

const finding = (check: LogicCheck, node: LogicNode, text: Message): LogicFinding => ({ check, nodeIds: [node.id], message: text });

function serviceNoOutcome(node: LogicNode): LogicFinding {
  return finding('service-no-outcome', node, message('logicCheck.serviceNoOutcome', { name: nameOf(node) }));
}

function outcomeNoService(node: OutcomeNode): LogicFinding {
  return finding('outcome-no-service', node, message('logicCheck.outcomeNoService', { name: nameOf(node) }));
}

function outcomeNoIndicator(node: OutcomeNode): LogicFinding {
  return finding('outcome-no-indicator', node, message('logicCheck.outcomeNoIndicator', { name: nameOf(node) }));
}

function goalEmpty(node: LogicNode): LogicFinding {
  return finding('goal-empty', node, message('logicCheck.goalEmpty', { name: nameOf(node) }));
}

function outcomeCycle(nodes: readonly OutcomeNode[]): LogicFinding {
  const nodeIds = nodes.map((node) => node.id);
  if (nodes.length === 1) return finding('outcome-cycle', nodes[0]!, message('logicCheck.outcomeToItself', { name: nameOf(nodes[0]!) }));
  const names = listParam(nodes.map((node) => message('words.quoted', { text: nameOf(node) })));
  return { check: 'outcome-cycle', nodeIds, message: message('logicCheck.outcomeCycle', { names }) };
}
