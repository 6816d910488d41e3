import type { GuidingAnswerSchema, Plan, StationWork } from '../model/plan-schema.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { StationId } from '../model/station-id.ts';
import type { z } from 'zod';
import { stationById } from './all-stations.ts';

export type GuidingAnswer = z.infer<typeof GuidingAnswerSchema>;
export type AnswerLink = GuidingAnswer['links'][number];

/** A guiding question of a station: the guide's own (in both languages) or one the team added, in the words it typed. */
export type GuidingQuestion = { id: string; source: 'guide'; text: LocalizedText } | { id: string; source: 'own'; text: string };

/** The station's guiding questions in the order they stand: the guide's, then the team's own. */
export function stationQuestions(work: StationWork, station: StationId): GuidingQuestion[] {
  return [
    ...stationById(station).questions.map((item): GuidingQuestion => ({ id: item.id, source: 'guide', text: item.text })),
    ...work.ownItems.filter((item) => item.category === 'questions').map((item): GuidingQuestion => ({ id: item.id, source: 'own', text: item.text })),
  ];
}

export function answerTo(work: StationWork, questionId: string): GuidingAnswer | undefined {
  return work.answers.find((answer) => answer.questionId === questionId);
}

/** An answer counts once it says something; links alone do not answer a question. */
export function isAnswered(answer: GuidingAnswer | undefined): boolean {
  return answer !== undefined && answer.text.trim() !== '';
}

/** How many of the station's questions have a written answer; an answer left behind by a removed own question is not counted. */
export function answeredCount(plan: Plan, station: StationId): { answered: number; questions: number } {
  const work = plan.stations[station];
  const questions = stationQuestions(work, station);
  return { answered: questions.filter((question) => isAnswered(answerTo(work, question.id))).length, questions: questions.length };
}

/** An answer's text as read: paragraphs, and runs of lines starting with "- " or "• " as a list. */
export type AnswerBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const listItem = /^\s*[-•]\s+/;

export function answerBlocks(text: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const last = blocks.at(-1);
    if (listItem.test(line)) {
      const item = line.replace(listItem, '').trim();
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (trimmed === '') {
      // An empty line ends a paragraph; the next line starts a new one.
      if (last?.kind === 'paragraph' && last.text !== '') blocks.push({ kind: 'paragraph', text: '' });
    } else if (last?.kind === 'paragraph') {
      last.text = last.text === '' ? trimmed : `${last.text}\n${trimmed}`;
    } else {
      blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  return blocks.filter((block) => block.kind === 'list' || block.text !== '');
}
