import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { allStations } from '../stations/all-stations.ts';
import { answerLinkLabel, answerLinkTargets } from '../stations/guiding-answer-links.ts';
import { answerTo, stationQuestions } from '../stations/guiding-answers.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import type { LabelKey } from '../i18n/message.ts';
import { translate } from '../i18n/translate.ts';
import { wordText } from '../i18n/word-message.ts';
import { cellFormats } from './cell-formats.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';

export const guidingAnswersSheetName: LocalizedText = inBothLanguages('answers.sheet.name');

const headerKeys: readonly LabelKey[] = [
  'answers.sheet.station',
  'answers.sheet.question',
  'answers.sheet.answer',
  'answers.sheet.by',
  'answers.sheet.at',
  'answers.sheet.links',
];

/** The teams plan in Israel: an answer written there at 01:00 is dated that day, not the day before as in UTC. */
const teamCalendar = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The team's calendar day of an answer, written as the other sheets write a date: midnight UTC of
 * that day, which Excel shows as the day itself. A time that cannot be read (a hand-edited file)
 * stays out of the date column rather than becoming a wrong date.
 */
function answeredOn(at: string): Date | null {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return null;
  const part = (type: Intl.DateTimeFormatPartTypes) => teamCalendar.formatToParts(date).find((each) => each.type === type)!.value;
  return new Date(`${part('year')}-${part('month')}-${part('day')}T00:00:00Z`);
}

/**
 * Every station's guiding questions, one a row, with the team's answer, who wrote it and when,
 * and the items it rests on by name. Answers and names are written as text cells, so an answer
 * starting with "=" or "-" is never read as a formula.
 */
export function writeGuidingAnswersSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addDerivedSheet(workbook, guidingAnswersSheetName[language], language, derivedSheetNote(language));
  sheet.columns = [{ width: 24 }, { width: 48 }, { width: 80 }, { width: 24 }, { width: 12, style: { numFmt: cellFormats.date } }, { width: 48 }];
  sheet.setRow(2, headerKeys.map((key) => translate(language, key)), headerStyle);
  const targets = answerLinkTargets(plan);
  const ownMark = translate(language, 'answers.sheet.own');
  for (const station of allStations) {
    const work = plan.stations[station.id];
    const stationName = `${station.number}. ${station.name[language]}`;
    for (const question of stationQuestions(work, station.id)) {
      const answer = answerTo(work, question.id);
      sheet.addRow(
        [
          stationName,
          question.source === 'guide' ? question.text[language] : `${question.text} ${ownMark}`,
          answer?.text ?? '',
          answer?.answeredBy ?? '',
          answer ? answeredOn(answer.answeredAt) : null,
          (answer?.links ?? []).map((link) => wordText(language, answerLinkLabel(targets, link))).join('\n'),
        ],
        { alignment: { vertical: 'top', wrapText: true } },
      );
    }
  }
}
