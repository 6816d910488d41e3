import { administrationGoals, outcomeHorizons, type Outcome, type Plan, type Service } from '../model/plan-schema.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import { inBothLanguages, localizedLabels } from '../i18n/localized-labels.ts';
import { goalLabels, operatorLabels } from '../model/option-labels.ts';
import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { planTotals } from '../budget/plan-totals.ts';
import { serviceCost } from '../budget/service-cost.ts';
import type { Agorot } from '../budget/money.ts';
import { servicesOfPartner } from '../participation/partner-roles.ts';

/**
 * The plan's theory of change as a graph, derived from the plan and never stored: inputs feed
 * services (outputs), services advance outcomes, outcomes lead to longer-term outcomes and serve
 * the administration's goals. Every node and edge comes from a field of the plan, so the canvas,
 * the accessible table and the checks all read the same graph.
 */

export type AdministrationGoal = (typeof administrationGoals)[number];
export type OutcomeHorizon = (typeof outcomeHorizons)[number];
export type Operator = Service['operator'];
/** Operators that are partners of the department (volunteers are an input of their own). */
export type PartnerOperator = Exclude<Operator, 'department' | 'volunteers'>;
export type FundingSource = 'ministry' | 'authority' | 'other';

/**
 * The model's columns in reading order: inputs first (rightmost in Hebrew), then outputs,
 * outcomes by horizon, and the goals last (leftmost).
 */
export const logicColumns = [
  { column: 0, label: inBothLanguages('label.logicColumn.inputs') },
  { column: 1, label: inBothLanguages('label.logicColumn.outputs') },
  { column: 2, label: inBothLanguages('label.logicColumn.short') },
  { column: 3, label: inBothLanguages('label.logicColumn.intermediate') },
  { column: 4, label: inBothLanguages('label.logicColumn.long') },
  { column: 5, label: inBothLanguages('label.logicColumn.goals') },
] as const satisfies readonly { column: number; label: LocalizedText }[];

export type LogicColumn = (typeof logicColumns)[number]['column'];

export const inputColumn = 0;
export const outputColumn = 1;
export const goalColumn = 5;

/** The column of an outcome: 2 short, 3 intermediate, 4 long. */
export function outcomeColumn(horizon: OutcomeHorizon): 2 | 3 | 4 {
  return (2 + outcomeHorizons.indexOf(horizon)) as 2 | 3 | 4;
}

/** A node id taken apart: its kind (`service`, `outcome`, `goal`, `input`) and the plan item's own id. */
export function nodeRef(nodeId: string): { kind: string; id: string } {
  const colon = nodeId.indexOf(':');
  return { kind: nodeId.slice(0, Math.max(colon, 0)), id: nodeId.slice(colon + 1) };
}

/** Stable node ids: the canvas keeps positions, focus and notes by them. */
export const serviceNodeId = (serviceId: string): string => `service:${serviceId}`;
export const outcomeNodeId = (outcomeId: string): string => `outcome:${outcomeId}`;
export const goalNodeId = (goal: AdministrationGoal): string => `goal:${goal}`;
export const fundingNodeId = (source: FundingSource): string => `input:${source}`;
export const staffHoursNodeId = 'input:staff-hours';
export const volunteersNodeId = 'input:volunteers';
export const partnerNodeId = (operator: PartnerOperator): string => `input:partner:${operator}`;
export const planPartnerNodeId = (partnerId: string): string => `input:plan-partner:${partnerId}`;

type NodeBase = {
  id: string;
  column: LogicColumn;
  /** What the node shows. Names the team typed (services, outcomes) are the same in both languages. */
  label: LocalizedText;
};

export type FundingInputNode = NodeBase & { kind: 'input'; resource: 'funding'; source: FundingSource; amount: Agorot };
export type StaffHoursInputNode = NodeBase & { kind: 'input'; resource: 'staff-hours'; hours: number };
/** `services` counts the services that draw on the input. */
export type VolunteersInputNode = NodeBase & { kind: 'input'; resource: 'volunteers'; services: number };
export type PartnerInputNode = NodeBase & { kind: 'input'; resource: 'partner'; operator: PartnerOperator; services: number };
/** A partner from the plan's list, by name: the services it runs and those whose work plan it answers for or takes part in. */
export type PlanPartnerInputNode = NodeBase & { kind: 'input'; resource: 'plan-partner'; partnerId: string; partnerKind: Plan['partners'][number]['kind']; services: number };
export type InputNode = FundingInputNode | StaffHoursInputNode | VolunteersInputNode | PartnerInputNode | PlanPartnerInputNode;

export type OutputNode = NodeBase & {
  kind: 'output';
  serviceId: string;
  participants: number;
  frequency: Service['frequency'];
  operator: Operator;
};

export type OutcomeNode = NodeBase & {
  kind: 'outcome';
  outcomeId: string;
  horizon: OutcomeHorizon;
  goal: AdministrationGoal;
  indicators: number;
};

export type GoalNode = NodeBase & { kind: 'goal'; goal: AdministrationGoal };

export type LogicNode = InputNode | OutputNode | OutcomeNode | GoalNode;
export type LogicNodeKind = LogicNode['kind'];

/**
 * `feeds` input → service, `advances` service → outcome (service.outcomeIds),
 * `leads-to` outcome → outcome (outcome.leadsTo), `serves` outcome → goal (outcome.goal).
 */
export type LogicEdgeKind = 'feeds' | 'advances' | 'leads-to' | 'serves';

export type LogicEdge = { id: string; kind: LogicEdgeKind; from: string; to: string };

export type LogicNoteKind = Plan['logicModelNotes'][number]['kind'];

/** An assumption or external factor; `attachedTo` is the graph node it belongs to, or null when it names nothing in the graph. */
export type LogicNote = { id: string; kind: LogicNoteKind; text: string; attachedTo: string | null };

export type LogicModel = {
  /** Inputs, then services in the plan's order, outcomes in the plan's order, goals in the administration's order. */
  nodes: LogicNode[];
  edges: LogicEdge[];
  notes: LogicNote[];
};

export const edgeId = (from: string, to: string): string => `${from}->${to}`;

const fundingLabels = localizedLabels<FundingSource>({ ministry: 'label.funding.ministry', authority: 'label.funding.authority', other: 'label.funding.other' });

const partnerOperators: readonly PartnerOperator[] = ['ngo', 'contractor', 'other'];

const plainLabel = (text: string): LocalizedText => ({ he: text, en: text });

/** The first outcome of each id: a hand-edited file may repeat one, and a node id must be unique. */
export function distinctOutcomes(plan: Plan): Outcome[] {
  const seen = new Set<string>();
  return plan.outcomes.filter((outcome) => {
    if (seen.has(outcome.id)) return false;
    seen.add(outcome.id);
    return true;
  });
}

/** Edges without duplicates, in the order first added. */
class EdgeList {
  readonly edges: LogicEdge[] = [];
  private readonly ids = new Set<string>();

  add(kind: LogicEdgeKind, from: string, to: string): void {
    const id = edgeId(from, to);
    if (this.ids.has(id)) return;
    this.ids.add(id);
    this.edges.push({ id, kind, from, to });
  }
}

function inputNodes(plan: Plan, edges: EdgeList): InputNode[] {
  const totals = planTotals(plan);
  const costs = plan.services.map((service) => ({ service, cost: serviceCost(service, plan.policy) }));
  const nodes: InputNode[] = [];
  for (const source of ['ministry', 'authority', 'other'] as const) {
    const fed = costs.filter(({ cost }) => cost[source] > 0);
    if (totals[source] <= 0 && fed.length === 0) continue;
    const id = fundingNodeId(source);
    nodes.push({ id, kind: 'input', resource: 'funding', source, amount: totals[source], column: inputColumn, label: fundingLabels[source] });
    for (const { service } of fed) edges.add('feeds', id, serviceNodeId(service.id));
  }
  const staffed = plan.services.filter((service) => service.staffHours > 0);
  if (staffed.length > 0) {
    const hours = staffed.reduce((sum, service) => sum + service.staffHours, 0);
    nodes.push({ id: staffHoursNodeId, kind: 'input', resource: 'staff-hours', hours, column: inputColumn, label: inBothLanguages('label.staffHours') });
    for (const service of staffed) edges.add('feeds', staffHoursNodeId, serviceNodeId(service.id));
  }
  const listed = new Set(plan.partners.map((partner) => partner.id));
  // A service run by a partner of the plan's list is fed by that partner, by name, not by its kind of operator.
  const unlisted = plan.services.filter((service) => service.partnerId === null || !listed.has(service.partnerId));
  const byVolunteers = unlisted.filter((service) => service.operator === 'volunteers');
  if (byVolunteers.length > 0) {
    nodes.push({ id: volunteersNodeId, kind: 'input', resource: 'volunteers', services: byVolunteers.length, column: inputColumn, label: operatorLabels.volunteers });
    for (const service of byVolunteers) edges.add('feeds', volunteersNodeId, serviceNodeId(service.id));
  }
  for (const operator of partnerOperators) {
    const operated = unlisted.filter((service) => service.operator === operator);
    if (operated.length === 0) continue;
    const id = partnerNodeId(operator);
    nodes.push({ id, kind: 'input', resource: 'partner', operator, services: operated.length, column: inputColumn, label: operatorLabels[operator] });
    for (const service of operated) edges.add('feeds', id, serviceNodeId(service.id));
  }
  for (const partner of plan.partners) {
    const served = servicesOfPartner(plan, partner.id);
    if (served.length === 0) continue;
    const id = planPartnerNodeId(partner.id);
    const name = partner.name.trim() || partner.id;
    nodes.push({ id, kind: 'input', resource: 'plan-partner', partnerId: partner.id, partnerKind: partner.kind, services: served.length, column: inputColumn, label: { he: name, en: name } });
    for (const serviceId of served) edges.add('feeds', id, serviceNodeId(serviceId));
  }
  return nodes;
}

/**
 * Which node a note belongs to. Notes store the plan item's own id (`out-independence`,
 * `svc-phone`), as the outcome and service commands expect; a full node id (`goal:belonging`,
 * `input:ministry`) is accepted too. An outcome's id wins over a service's of the same spelling.
 */
function noteTarget(nodeId: string, nodeIds: ReadonlySet<string>): string | null {
  const candidates = [nodeId, outcomeNodeId(nodeId), serviceNodeId(nodeId), `goal:${nodeId}`, `input:${nodeId}`];
  return candidates.find((candidate) => nodeIds.has(candidate)) ?? null;
}

/**
 * The logic model of a plan. Formulas are evaluated first (memoised), so participants, hours
 * and money are the values the budget grid shows.
 *
 * Inputs appear only when the plan draws on them, and feed exactly the services that draw on
 * them: each funding source feeds the services whose share of it is above zero; staff hours
 * feed the services with hours; volunteers feed the services volunteers operate; each partner
 * (an NGO, a contractor, another operator) feeds the services it operates. The department
 * itself is not an input: it is whoever plans. Links to outcomes the plan does not have are
 * left out (the rules report them); a link from an outcome to itself is kept, so the canvas
 * can show the cycle that the checks report.
 */
export function deriveLogicModel(source: Plan): LogicModel {
  return modelOfEvaluatedPlan(evaluatePlan(source).plan);
}

/** The logic model of a plan whose formulas are already evaluated (the budget session holds one). */
export function modelOfEvaluatedPlan(plan: Plan): LogicModel {
  const edges = new EdgeList();
  const inputs = inputNodes(plan, edges);
  const outcomes = distinctOutcomes(plan);
  const outcomeIds = new Set(outcomes.map((outcome) => outcome.id));

  const outputs = plan.services.map((service): OutputNode => {
    const id = serviceNodeId(service.id);
    for (const outcomeId of service.outcomeIds) {
      if (outcomeIds.has(outcomeId)) edges.add('advances', id, outcomeNodeId(outcomeId));
    }
    return {
      id,
      kind: 'output',
      serviceId: service.id,
      participants: service.participants,
      frequency: service.frequency,
      operator: service.operator,
      column: outputColumn,
      label: plainLabel(service.name),
    };
  });

  const outcomeNodes = outcomes.map((outcome): OutcomeNode => {
    const id = outcomeNodeId(outcome.id);
    for (const target of outcome.leadsTo) {
      if (outcomeIds.has(target)) edges.add('leads-to', id, outcomeNodeId(target));
    }
    edges.add('serves', id, goalNodeId(outcome.goal));
    return {
      id,
      kind: 'outcome',
      outcomeId: outcome.id,
      horizon: outcome.horizon,
      goal: outcome.goal,
      indicators: outcome.indicators.length,
      column: outcomeColumn(outcome.horizon),
      label: plainLabel(outcome.title),
    };
  });

  const goals = administrationGoals.map((goal): GoalNode => ({ id: goalNodeId(goal), kind: 'goal', goal, column: goalColumn, label: goalLabels[goal] }));

  const nodes: LogicNode[] = [...inputs, ...outputs, ...outcomeNodes, ...goals];
  const nodeIds = new Set(nodes.map((node) => node.id));
  const notes = plan.logicModelNotes.map((note): LogicNote => ({ id: note.id, kind: note.kind, text: note.text, attachedTo: noteTarget(note.nodeId, nodeIds) }));
  return { nodes, edges: edges.edges, notes };
}
