import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { cellFormats } from './cell-formats.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { decisionsByService } from '../model/decision-in-force.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';

export const prioritiesSheetName: LocalizedText = inBothLanguages('workbookSheet.priorities.sheet');

const decisionKeys = {
  approved: 'workbookSheet.priorities.approved',
  deferred: 'workbookSheet.priorities.deferred',
  rejected: 'workbookSheet.priorities.rejected',
} as const satisfies Record<Plan['priorities']['decisions'][number]['decision'], LabelKey>;

/** Each service's score per criterion, the criteria's weights in row 3, and the weighted score as a live formula. */
export function writePrioritiesSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addDerivedSheet(workbook, prioritiesSheetName[language], language, derivedSheetNote(language));
  const { criteria, scores } = plan.priorities;
  const decisions = decisionsByService(plan);
  const he = language === 'he';
  sheet.columns = [{ width: 32 }, ...criteria.map(() => ({ width: 16 })), { width: 14 }, { width: 16 }, { width: 40 }];
  sheet.setRow(2, [he ? 'שירות' : 'Service', ...criteria.map((criterion) => criterion.name), he ? 'ציון משוקלל' : 'Weighted score', he ? 'החלטה' : 'Decision', he ? 'נימוק' : 'Rationale'], headerStyle);
  sheet.setRow(3, [he ? 'משקל' : 'Weight', ...criteria.map((criterion) => criterion.weight)], { font: { italic: true } });
  const first = columnLettersFromIndex(1);
  const last = columnLettersFromIndex(Math.max(1, criteria.length));
  plan.services.forEach((service, index) => {
    const rowNumber = index + 4;
    // Decisions are a history; the sheet shows the one in force.
    const decision = decisions.get(service.id)?.latest;
    sheet.setRow(rowNumber, [
      service.name,
      ...criteria.map((criterion) => scores.find((score) => score.serviceId === service.id && score.criterionId === criterion.id)?.score ?? null),
    ]);
    if (criteria.length > 0) {
      const formula = `IF(SUM($${first}$3:$${last}$3)>0,SUMPRODUCT(${first}${rowNumber}:${last}${rowNumber},$${first}$3:$${last}$3)/SUM($${first}$3:$${last}$3),0)`;
      sheet.setCell(rowNumber, criteria.length + 2, { formula }, { numFmt: '0.00' });
    }
    sheet.setCell(rowNumber, criteria.length + 3, decision ? translate(language, decisionKeys[decision.decision]) : null);
    sheet.setCell(rowNumber, criteria.length + 4, decision ? decision.rationale : null, { numFmt: cellFormats.text });
  });
}
