import type { Workbook, Worksheet } from 'exceljs';
import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { cellFormats } from './cell-formats.ts';
import { toCellText } from './cell-content.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, styleHeaderRow } from './sheet-style.ts';
import { decisionsByService } from '../model/decision-in-force.ts';

export const prioritiesSheetName: LocalizedText = { he: 'סדרי עדיפויות', en: 'Priorities' };

const decisionLabels: Record<Plan['priorities']['decisions'][number]['decision'], LocalizedText> = {
  approved: { he: 'אושר', en: 'Approved' },
  deferred: { he: 'נדחה למועד אחר', en: 'Deferred' },
  rejected: { he: 'לא אושר', en: 'Rejected' },
};

/** Each service's score per criterion, the criteria's weights in row 3, and the weighted score as a live formula. */
export function writePrioritiesSheet(workbook: Workbook, plan: Plan, language: Language): Worksheet {
  const sheet = addDerivedSheet(workbook, prioritiesSheetName[language], language === 'he', derivedSheetNote[language]);
  const { criteria, scores } = plan.priorities;
  const decisions = decisionsByService(plan);
  const he = language === 'he';
  sheet.columns = [{ width: 32 }, ...criteria.map(() => ({ width: 16 })), { width: 14 }, { width: 16 }, { width: 40 }];
  sheet.getRow(2).values = [he ? 'שירות' : 'Service', ...criteria.map((criterion) => toCellText(criterion.name)), he ? 'ציון משוקלל' : 'Weighted score', he ? 'החלטה' : 'Decision', he ? 'נימוק' : 'Rationale'];
  styleHeaderRow(sheet, 2);
  sheet.getRow(3).values = [he ? 'משקל' : 'Weight', ...criteria.map((criterion) => criterion.weight)];
  sheet.getRow(3).font = { italic: true };
  const first = columnLettersFromIndex(1);
  const last = columnLettersFromIndex(Math.max(1, criteria.length));
  plan.services.forEach((service, index) => {
    const rowNumber = index + 4;
    // Decisions are a history; the sheet shows the one in force.
    const decision = decisions.get(service.id)?.latest;
    const row = sheet.getRow(rowNumber);
    row.values = [
      toCellText(service.name),
      ...criteria.map((criterion) => scores.find((score) => score.serviceId === service.id && score.criterionId === criterion.id)?.score ?? null),
    ];
    if (criteria.length > 0) {
      row.getCell(criteria.length + 2).value = {
        formula: `IF(SUM($${first}$3:$${last}$3)>0,SUMPRODUCT(${first}${rowNumber}:${last}${rowNumber},$${first}$3:$${last}$3)/SUM($${first}$3:$${last}$3),0)`,
      };
      row.getCell(criteria.length + 2).numFmt = '0.00';
    }
    row.getCell(criteria.length + 3).value = decision ? decisionLabels[decision.decision][language] : null;
    row.getCell(criteria.length + 4).value = decision ? toCellText(decision.rationale) : null;
    row.getCell(criteria.length + 4).numFmt = cellFormats.text;
  });
  return sheet;
}
