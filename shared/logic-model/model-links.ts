import { administrationGoals, outcomeHorizons, type Plan } from '../model/plan-schema.ts';
import { defineCommand } from '../commands/define-command.ts';
import { setServiceDetail } from '../commands/service-card-commands.ts';
import { setOutcomeField } from '../commands/outcome-commands.ts';
import { nodeRef, type AdministrationGoal } from './logic-graph.ts';

/**
 * The links a user draws on the canvas, as plan edits: a service advances an outcome
 * (`service.outcomeIds`), an outcome leads to another (`outcome.leadsTo`), an outcome serves a
 * goal (`outcome.goal`). Inputs are derived from the budget and cannot be drawn.
 */
export type ModelLink = { from: string; to: string };

type Endpoint = { kind: 'service' | 'outcome' | 'goal'; id: string };

function endpoint(nodeId: string): Endpoint | null {
  const { kind, id } = nodeRef(nodeId);
  return kind === 'service' || kind === 'outcome' || kind === 'goal' ? { kind, id } : null;
}

const horizonOf = (plan: Plan, outcomeId: string) => {
  const outcome = plan.outcomes.find((candidate) => candidate.id === outcomeId);
  return outcome ? outcomeHorizons.indexOf(outcome.horizon) : -1;
};

/**
 * Whether a link may be drawn from one node to another: a service to an outcome, an outcome to
 * another outcome of the same or a longer horizon (a theory of change runs towards the long
 * term; the table of links can still record anything, and the checks report cycles), or an
 * outcome to a goal. A link that is already there is not drawn twice.
 */
export function canLink(plan: Plan, { from, to }: ModelLink): boolean {
  const source = endpoint(from);
  const target = endpoint(to);
  if (!source || !target) return false;
  if (source.kind === 'service' && target.kind === 'outcome') {
    const service = plan.services.find((candidate) => candidate.id === source.id);
    return service !== undefined && horizonOf(plan, target.id) >= 0 && !service.outcomeIds.includes(target.id);
  }
  if (source.kind !== 'outcome') return false;
  const outcome = plan.outcomes.find((candidate) => candidate.id === source.id);
  if (!outcome) return false;
  if (target.kind === 'goal') return (administrationGoals as readonly string[]).includes(target.id) && outcome.goal !== target.id;
  if (target.kind !== 'outcome' || target.id === source.id) return false;
  const horizon = horizonOf(plan, target.id);
  return horizon >= horizonOf(plan, source.id) && !outcome.leadsTo.includes(target.id);
}

/** Draws a link; anything `canLink` refuses leaves the plan as it is. */
export const linkNodes = defineCommand<ModelLink>({
  id: 'logic-model.link',
  apply: (plan, link) => {
    if (!canLink(plan, link)) return plan;
    const source = endpoint(link.from)!;
    const target = endpoint(link.to)!;
    if (source.kind === 'service') {
      const service = plan.services.find((candidate) => candidate.id === source.id)!;
      return setServiceDetail(plan, { id: source.id, field: 'outcomeIds', value: [...service.outcomeIds, target.id] });
    }
    if (target.kind === 'goal') return setOutcomeField(plan, { id: source.id, field: 'goal', value: target.id as AdministrationGoal });
    const outcome = plan.outcomes.find((candidate) => candidate.id === source.id)!;
    return setOutcomeField(plan, { id: source.id, field: 'leadsTo', value: [...outcome.leadsTo, target.id] });
  },
});

/**
 * Whether a drawn link can be removed. An outcome always serves one goal, so its link to a goal
 * can be moved to another goal but not removed; the links from inputs follow the budget.
 */
export function canUnlink({ from, to }: ModelLink): boolean {
  const source = endpoint(from);
  const target = endpoint(to);
  return source !== null && target?.kind === 'outcome' && (source.kind === 'service' || source.kind === 'outcome');
}

export const unlinkNodes = defineCommand<ModelLink>({
  id: 'logic-model.unlink',
  apply: (plan, link) => {
    if (!canUnlink(link)) return plan;
    const source = endpoint(link.from)!;
    const target = endpoint(link.to)!;
    if (source.kind === 'service') {
      const service = plan.services.find((candidate) => candidate.id === source.id);
      if (!service?.outcomeIds.includes(target.id)) return plan;
      return setServiceDetail(plan, { id: source.id, field: 'outcomeIds', value: service.outcomeIds.filter((id) => id !== target.id) });
    }
    const outcome = plan.outcomes.find((candidate) => candidate.id === source.id);
    if (!outcome?.leadsTo.includes(target.id)) return plan;
    return setOutcomeField(plan, { id: source.id, field: 'leadsTo', value: outcome.leadsTo.filter((id) => id !== target.id) });
  },
});

/**
 * Moves a link's end to another node, as one step the user undoes at once. A move the canvas
 * cannot make (to a node of the wrong kind, onto a link already there) changes nothing.
 */
export const moveLink = defineCommand<{ old: ModelLink; next: ModelLink }>({
  id: 'logic-model.move-link',
  apply: (plan, { old, next }) => {
    if (old.from === next.from && old.to === next.to) return plan;
    const isGoalMove = endpoint(old.to)?.kind === 'goal';
    if (isGoalMove) return old.from === next.from && endpoint(next.to)?.kind === 'goal' ? linkNodes(plan, next) : plan;
    const without = unlinkNodes(plan, old);
    if (without === plan || !canLink(without, next)) return plan;
    return linkNodes(without, next);
  },
});

/** Removes several links as one step (the canvas deletes every selected link at once). */
export const unlinkAll = defineCommand<{ links: readonly ModelLink[] }>({
  id: 'logic-model.unlink-all',
  apply: (plan, { links }) => links.reduce((current, link) => unlinkNodes(current, link), plan),
});
