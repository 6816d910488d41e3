import { produce, type Draft } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import type { AnswerLink, GuidingAnswer } from '../stations/guiding-answers.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';

/** Who edits an answer and when; the renderer passes the name from the user's settings and the time of the edit. */
type Answering = { station: StationId; questionId: string; by: string; at: string };

/** The question's answer, made empty when it has none yet, signed with the latest editor and time. */
function answerFor(draft: Draft<Plan>, { station, questionId, by, at }: Answering): Draft<GuidingAnswer> {
  const work = draft.stations[station];
  let answer = work.answers.find((candidate) => candidate.questionId === questionId);
  if (!answer) {
    work.answers.push({ questionId, text: '', answeredBy: by, answeredAt: at, links: [] });
    answer = work.answers.at(-1)!;
  }
  answer.answeredBy = by;
  answer.answeredAt = at;
  return answer;
}

/** An answer with neither text nor links says nothing, so the file keeps none. */
function dropIfEmpty(draft: Draft<Plan>, { station, questionId }: Answering): void {
  const work = draft.stations[station];
  work.answers = work.answers.filter((answer) => answer.questionId !== questionId || answer.text.trim() !== '' || answer.links.length > 0);
}

const sameLink = (a: AnswerLink, b: AnswerLink) => a.kind === b.kind && a.id === b.id;

/** Typing an answer is one undo step per question. */
export const setAnswerText = defineCommand<Answering & { text: string }>({
  id: 'answer.set-text',
  apply: (plan, payload) =>
    produce(plan, (draft) => {
      answerFor(draft, payload).text = payload.text;
      dropIfEmpty(draft, payload);
    }),
  mergeKey: ({ station, questionId }) => `${station}:${questionId}`,
});

export const addAnswerLink = defineCommand<Answering & { link: AnswerLink }>({
  id: 'answer.add-link',
  apply: (plan, payload) => {
    const existing = plan.stations[payload.station].answers.find((answer) => answer.questionId === payload.questionId);
    if (existing?.links.some((link) => sameLink(link, payload.link))) return plan;
    return produce(plan, (draft) => {
      answerFor(draft, payload).links.push({ kind: payload.link.kind, id: payload.link.id });
    });
  },
});

export const removeAnswerLink = defineCommand<Answering & { link: AnswerLink }>({
  id: 'answer.remove-link',
  apply: (plan, payload) => {
    const existing = plan.stations[payload.station].answers.find((answer) => answer.questionId === payload.questionId);
    if (!existing?.links.some((link) => sameLink(link, payload.link))) return plan;
    return produce(plan, (draft) => {
      const answer = answerFor(draft, payload);
      answer.links = answer.links.filter((link) => !sameLink(link, payload.link));
      dropIfEmpty(draft, payload);
    });
  },
});

/** The team's own question goes with its answer, so no answer is left to a question that is gone. */
export const removeOwnQuestion = defineCommand<{ station: StationId; id: string }>({
  id: 'answer.remove-own-question',
  apply: (plan, { station, id }) =>
    produce(plan, (draft) => {
      const work = draft.stations[station];
      work.ownItems = work.ownItems.filter((own) => own.id !== id);
      work.answers = work.answers.filter((answer) => answer.questionId !== id);
      detachReferences(draft, { ownItems: [{ station, id }] });
    }),
});
