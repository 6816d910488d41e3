import { describe, expect, it } from 'vitest';
import { setAnswerText, addAnswerLink } from '@shared/commands/answer-commands.ts';
import { addOwnItem, removeOwnItem } from '@shared/commands/plan-commands.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { answerBlocks, answeredCount, stationQuestions } from '@shared/stations/guiding-answers.ts';
import { stationSections } from '@shared/stations/station-sections.ts';
import { answerLinkLabel, answerLinkTargets } from '@shared/stations/guiding-answer-links.ts';
import { wordText } from '@shared/i18n/word-message.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const station = 'current-state';
const guideQuestions = stationById(station).questions;
const answer = (plan: ReturnType<typeof buildPlan>, questionId: string, text: string) => setAnswerText(plan, { station, questionId, text, by: 'דנה', at: 't' });

describe('counting the answered guiding questions', () => {
  it('counts the questions with a written answer, of the guide’s questions and the team’s own', () => {
    const plan = addOwnItem(buildPlan(), { station, category: 'questions', id: 'own-q', text: 'מי מתנדב היום?' });
    expect(answeredCount(plan, station)).toEqual({ answered: 0, questions: guideQuestions.length + 1 });
    const answered = answer(answer(plan, guideQuestions[0]!.id, 'כן'), 'own-q', 'שלושים מתנדבים');
    expect(answeredCount(answered, station)).toEqual({ answered: 2, questions: guideQuestions.length + 1 });
    expect(stationQuestions(answered.stations[station], station).at(-1)).toEqual({ id: 'own-q', source: 'own', text: 'מי מתנדב היום?' });
  });

  it('does not count an answer with links and no text, nor one left behind by a removed own question', () => {
    const plan = addOwnItem(buildPlan({ population: { ...buildPlan().population, years: [{ year: 2027, kind: 'actual', counts: [] }] } }), {
      station,
      category: 'questions',
      id: 'own-q',
      text: 'שאלה',
    });
    const linkedOnly = addAnswerLink(plan, { station, questionId: guideQuestions[0]!.id, link: { kind: 'population-year', id: '2027' }, by: 'דנה', at: 't' });
    expect(answeredCount(linkedOnly, station).answered).toBe(0);
    const orphan = removeOwnItem(answer(linkedOnly, 'own-q', 'תשובה'), { station, id: 'own-q' });
    expect(answeredCount(orphan, station)).toEqual({ answered: 0, questions: guideQuestions.length });
  });

  it('shows answered of questions as the guide part of the station’s table of contents', () => {
    const plan = answer(buildPlan(), guideQuestions[1]!.id, 'תשובה');
    expect(stationSections(plan, station)[0]).toEqual({ id: 'guide', count: 1, of: guideQuestions.length, filled: true });
    expect(stationSections(buildPlan(), 'service-mix')[0]).toMatchObject({ id: 'guide', count: 0, filled: false });
  });
});

describe('reading an answer', () => {
  it('reads lines starting with "- " or "• " as a list and the rest as paragraphs', () => {
    expect(answerBlocks('בדידות בערב.\nבעיקר בשכונה הוותיקה.\n\n- ותיקים הגרים לבד\n• מטפלים\nוסיכום')).toEqual([
      { kind: 'paragraph', text: 'בדידות בערב.\nבעיקר בשכונה הוותיקה.' },
      { kind: 'list', items: ['ותיקים הגרים לבד', 'מטפלים'] },
      { kind: 'paragraph', text: 'וסיכום' },
    ]);
    expect(answerBlocks('-5 מעלות')).toEqual([{ kind: 'paragraph', text: '-5 מעלות' }]);
    expect(answerBlocks('\n\n')).toEqual([]);
  });
});

describe('naming what an answer rests on', () => {
  it('names each kind of item, a nameless one by its place, and a link whose item is gone', () => {
    const plan = buildPlan({
      needs: [{ id: 'n1', source: 'survey', group: '', date: null, finding: '', strength: 3, breadth: 3 }],
      population: { ...buildPlan().population, years: [{ year: 2030, kind: 'forecast', counts: [] }] },
    });
    const targets = answerLinkTargets(plan);
    expect(wordText('he', answerLinkLabel(targets, { kind: 'need', id: 'n1' }))).toBe('צורך: צורך 1');
    expect(wordText('en', answerLinkLabel(targets, { kind: 'population-year', id: '2030' }))).toBe('Population figures: Population 2030 (forecast)');
    expect(wordText('en', answerLinkLabel(targets, { kind: 'population-year', id: '2026' }))).toBe('Population figures: an item no longer in the plan');
  });
});
