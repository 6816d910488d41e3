import type { Plan } from '../model/plan-schema.ts';

/** One criterion's part in a service's score: the score given (null if none yet), its share of the weights, and what it adds. */
export type ScorePart = { criterionId: string; score: number | null; share: number; contribution: number };

/**
 * A service's weighted score on the 0-10 scale of the scores themselves: each criterion's score
 * times its share of the total weight. A criterion not scored yet counts as 0 and is named, so a
 * service does not quietly sink for want of a score.
 */
export type ServiceScore = { serviceId: string; total: number; parts: ScorePart[]; missing: string[] };

export function weightedScores(plan: Plan): ServiceScore[] {
  const { criteria, scores } = plan.priorities;
  const weightSum = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const given = new Map(scores.map((entry) => [`${entry.serviceId}\u0000${entry.criterionId}`, entry.score]));
  return plan.services.map((service) => {
    const parts = criteria.map((criterion): ScorePart => {
      const score = given.get(`${service.id}\u0000${criterion.id}`) ?? null;
      const share = weightSum > 0 ? criterion.weight / weightSum : 0;
      return { criterionId: criterion.id, score, share, contribution: (score ?? 0) * share };
    });
    return {
      serviceId: service.id,
      total: parts.reduce((sum, part) => sum + part.contribution, 0),
      parts,
      missing: parts.filter((part) => part.score === null).map((part) => part.criterionId),
    };
  });
}

/** The services from the highest weighted score down; equal scores keep the plan's order. */
export function ranking(plan: Plan): (ServiceScore & { rank: number })[] {
  const scored = weightedScores(plan).map((score, index) => ({ score, index }));
  scored.sort((a, b) => b.score.total - a.score.total || a.index - b.index);
  let rank = 0;
  return scored.map(({ score }, position) => {
    if (position === 0 || Math.abs(score.total - scored[position - 1]!.score.total) > 1e-9) rank = position + 1;
    return { ...score, rank };
  });
}
