import { describe, expect, it } from 'vitest';
import { addAnswerLink, removeAnswerLink, removeOwnQuestion, setAnswerText } from '@shared/commands/answer-commands.ts';
import { addOwnItem } from '@shared/commands/plan-commands.ts';
import { removeNeed } from '@shared/commands/assessment-commands.ts';
import { PlanSchema, type Need } from '@shared/model/plan-schema.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const question = 'current-state.questions.unmet-needs';
const by = { station: 'current-state', questionId: question } as const;
const need: Need = { id: 'need-1', source: 'focus-group', group: 'ותיקים הגרים לבד', date: null, finding: 'בדידות בשעות הערב', strength: 4, breadth: 3 };

describe('the answer commands', () => {
  it('writes an answer with who wrote it and when, and signs it anew with each edit', () => {
    const first = setAnswerText(buildPlan(), { ...by, text: 'בדידות', by: 'דנה', at: '2027-01-10T09:00:00.000Z' });
    expect(first.stations['current-state'].answers).toEqual([
      { questionId: question, text: 'בדידות', answeredBy: 'דנה', answeredAt: '2027-01-10T09:00:00.000Z', links: [] },
    ]);
    const second = setAnswerText(first, { ...by, text: 'בדידות בערב\n- ותיקים הגרים לבד', by: 'יוסי', at: '2027-01-11T09:00:00.000Z' });
    expect(second.stations['current-state'].answers).toHaveLength(1);
    expect(second.stations['current-state'].answers[0]).toMatchObject({ text: 'בדידות בערב\n- ותיקים הגרים לבד', answeredBy: 'יוסי', answeredAt: '2027-01-11T09:00:00.000Z' });
    expect(PlanSchema.safeParse(second).success).toBe(true);
  });

  it('merges typing in one answer into one undo step, and keeps answers to different questions apart', () => {
    const payload = { ...by, text: 'א', by: 'דנה', at: 'now' };
    expect(setAnswerText.mergeKey(payload)).toBe(setAnswerText.mergeKey({ ...payload, text: 'אב' }));
    expect(setAnswerText.mergeKey(payload)).not.toBe(setAnswerText.mergeKey({ ...payload, questionId: 'current-state.questions.coverage' }));
    expect(addAnswerLink.mergeKey({ ...payload, link: { kind: 'need', id: 'need-1' } })).toBeNull();
  });

  it('adds a link once, removes it, and keeps no answer that says nothing', () => {
    const plan = buildPlan({ needs: [need] });
    const link = { kind: 'need', id: 'need-1' } as const;
    const linked = addAnswerLink(plan, { ...by, link, by: 'דנה', at: 't1' });
    expect(linked.stations['current-state'].answers[0]).toMatchObject({ text: '', links: [link], answeredBy: 'דנה' });
    expect(addAnswerLink(linked, { ...by, link, by: 'דנה', at: 't2' })).toBe(linked);
    const unlinked = removeAnswerLink(linked, { ...by, link, by: 'דנה', at: 't3' });
    expect(unlinked.stations['current-state'].answers).toEqual([]);
    expect(removeAnswerLink(unlinked, { ...by, link, by: 'דנה', at: 't4' })).toBe(unlinked);
  });

  it('keeps an answer with text when its last link goes, and drops an emptied answer that has no links', () => {
    const written = setAnswerText(buildPlan({ needs: [need] }), { ...by, text: 'כתוב', by: 'דנה', at: 't1' });
    const link = { kind: 'need', id: 'need-1' } as const;
    const linked = addAnswerLink(written, { ...by, link, by: 'דנה', at: 't2' });
    expect(removeAnswerLink(linked, { ...by, link, by: 'דנה', at: 't3' }).stations['current-state'].answers[0]?.text).toBe('כתוב');
    expect(setAnswerText(written, { ...by, text: '  ', by: 'דנה', at: 't4' }).stations['current-state'].answers).toEqual([]);
    expect(setAnswerText(linked, { ...by, text: '', by: 'דנה', at: 't4' }).stations['current-state'].answers[0]?.links).toEqual([link]);
  });

  it('keeps the answer’s text when a need it rests on is removed, and only the link goes', () => {
    const plan = addAnswerLink(setAnswerText(buildPlan({ needs: [need] }), { ...by, text: 'כתוב', by: 'דנה', at: 't1' }), {
      ...by,
      link: { kind: 'need', id: 'need-1' },
      by: 'דנה',
      at: 't2',
    });
    const answer = removeNeed(plan, { id: 'need-1' }).stations['current-state'].answers[0];
    expect(answer).toMatchObject({ text: 'כתוב', links: [] });
  });

  it('removes the team’s own question with its answer and its mark, leaving the other answers', () => {
    const asked = addOwnItem(buildPlan(), { station: 'current-state', category: 'questions', id: 'own-q', text: 'מי מתנדב?' });
    const answered = setAnswerText(setAnswerText(asked, { station: 'current-state', questionId: 'own-q', text: 'שלושים', by: 'דנה', at: 't' }), { ...by, text: 'כתוב', by: 'דנה', at: 't' });
    const work = removeOwnQuestion(answered, { station: 'current-state', id: 'own-q' }).stations['current-state'];
    expect(work.ownItems).toEqual([]);
    expect(work.marked).not.toContain('own-q');
    expect(work.answers.map((answer) => answer.questionId)).toEqual([question]);
  });
});
