import { answerLinkKinds, type Plan } from '../model/plan-schema.ts';
import { message, type MessageParam } from '../i18n/message.ts';
import type { AnswerLink } from './guiding-answers.ts';

export type AnswerLinkKind = (typeof answerLinkKinds)[number];

/** An item an answer can rest on, named as the team knows it. */
export type AnswerLinkTarget = { kind: AnswerLinkKind; id: string; name: MessageParam };

/** A long finding is named by its opening, as the need cards do when they ask before removing one. */
function shortened(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 80).trim()}…` : trimmed;
}

const named = (text: string, fallback: MessageParam): MessageParam => (text.trim() === '' ? fallback : shortened(text));

/** Every item of the plan an answer can link to, by kind, in the order the plan keeps them. */
export function answerLinkTargets(plan: Plan): Record<AnswerLinkKind, AnswerLinkTarget[]> {
  return {
    need: plan.needs.map((need, index) => ({ kind: 'need', id: need.id, name: named(need.finding, message('answers.link.unnamedNeed', { number: index + 1 })) })),
    outcome: plan.outcomes.map((outcome, index) => ({ kind: 'outcome', id: outcome.id, name: named(outcome.title, message('answers.link.unnamedOutcome', { number: index + 1 })) })),
    service: plan.services.map((service) => ({ kind: 'service', id: service.id, name: service.name })),
    'existing-service': plan.existingServices.map((service, index) => ({
      kind: 'existing-service',
      id: service.id,
      name: named(service.name, message('answers.link.unnamedExistingService', { number: index + 1 })),
    })),
    activity: plan.activities.map((activity, index) => ({
      kind: 'activity',
      id: activity.id,
      name: named(activity.title, message('answers.link.unnamedActivity', { number: index + 1 })),
    })),
    'population-year': plan.population.years.map((year) => ({
      kind: 'population-year',
      id: String(year.year),
      name: message(year.kind === 'forecast' ? 'answers.link.forecastYear' : 'answers.link.actualYear', { year: year.year }),
    })),
  };
}

/** The item a link names, or null when it is no longer in the plan (a population year taken out of the table). */
export function answerLinkTarget(targets: Record<AnswerLinkKind, AnswerLinkTarget[]>, link: AnswerLink): AnswerLinkTarget | null {
  return targets[link.kind].find((target) => target.id === link.id) ?? null;
}

/** A link's name for print and the workbook: its kind and its item, or that the item is gone. */
export function answerLinkLabel(targets: Record<AnswerLinkKind, AnswerLinkTarget[]>, link: AnswerLink): MessageParam {
  const target = answerLinkTarget(targets, link);
  return message('answers.link.labelled', { kind: message(answerLinkKindKeys[link.kind]), name: target ? target.name : message('answers.link.gone') });
}

export const answerLinkKindKeys = {
  need: 'answers.kind.need',
  outcome: 'answers.kind.outcome',
  service: 'answers.kind.service',
  'existing-service': 'answers.kind.existing-service',
  activity: 'answers.kind.activity',
  'population-year': 'answers.kind.population-year',
} as const satisfies Record<AnswerLinkKind, string>;
