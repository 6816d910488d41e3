import type { Workbook, Worksheet } from 'exceljs';
import { administrationGoals, outcomeHorizons, type LogicModelNote, type Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { goalLabels, horizonLabels } from '../model/option-labels.ts';
import { deriveLogicModel, outcomeNodeId } from '../logic-model/logic-graph.ts';
import { cellTexts } from './cell-content.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, styleHeaderRow } from './sheet-style.ts';

export const logicModelSheetName: LocalizedText = { he: 'מודל לוגי', en: 'Logic model' };

const headers: LocalizedText[] = [
  { he: 'יעד המינהל', en: "Administration's goal" },
  { he: 'צרכים', en: 'Needs' },
  { he: 'שירותים (תשומות ופעילויות)', en: 'Services (inputs and activities)' },
  { he: 'תוצאה', en: 'Outcome' },
  { he: 'טווח', en: 'Horizon' },
  { he: 'מובילה אל', en: 'Leads to' },
  { he: 'מדדים', en: 'Indicators' },
  { he: 'הנחות וגורמים חיצוניים', en: 'Assumptions and external factors' },
];

const otherNotesTitle: LocalizedText = { he: 'הנחות וגורמים חיצוניים של שירותים, יעדים ותשומות', en: 'Assumptions and external factors of services, goals and inputs' };
const noteKinds: Record<LogicModelNote['kind'], LocalizedText> = {
  assumption: { he: 'הנחה', en: 'Assumption' },
  'external-factor': { he: 'גורם חיצוני', en: 'External factor' },
};

/**
 * The plan's theory of change as a table, one row per outcome, grouped by goal and horizon:
 * which needs it answers, which services lead to it, how it is measured, and its notes. The
 * notes attached elsewhere (a service, a goal, an input) follow in a table of their own.
 */
export function writeLogicModelSheet(workbook: Workbook, plan: Plan, language: Language): Worksheet {
  const sheet = addDerivedSheet(workbook, logicModelSheetName[language], language === 'he', derivedSheetNote[language]);
  sheet.columns = [{ width: 22 }, { width: 40 }, { width: 32 }, { width: 34 }, { width: 12 }, { width: 28 }, { width: 36 }, { width: 36 }];
  sheet.getRow(2).values = headers.map((header) => header[language]);
  styleHeaderRow(sheet, 2);
  const needText = new Map(plan.needs.map((need) => [need.id, need.finding]));
  const outcomeTitle = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.title]));
  const ordered = [...plan.outcomes].sort(
    (a, b) => administrationGoals.indexOf(a.goal) - administrationGoals.indexOf(b.goal) || outcomeHorizons.indexOf(a.horizon) - outcomeHorizons.indexOf(b.horizon),
  );
  for (const outcome of ordered) {
    const services = plan.services.filter((service) => service.outcomeIds.includes(outcome.id)).map((service) => service.name);
    const notes = plan.logicModelNotes.filter((note) => note.nodeId === outcome.id).map((note) => note.text);
    const row = sheet.addRow(cellTexts([
      goalLabels[outcome.goal][language],
      outcome.needIds.map((id) => needText.get(id) ?? id).join('\n'),
      services.join('\n'),
      outcome.title,
      horizonLabels[outcome.horizon][language],
      outcome.leadsTo.map((id) => outcomeTitle.get(id) ?? id).join('\n'),
      outcome.indicators.map((indicator) => indicator.name).join('\n'),
      notes.join('\n'),
    ]));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const model = deriveLogicModel(plan);
  const outcomeNodes = new Set(plan.outcomes.map((outcome) => outcomeNodeId(outcome.id)));
  const others = model.notes.filter((note) => note.attachedTo === null || !outcomeNodes.has(note.attachedTo));
  if (others.length > 0) {
    const names = new Map(model.nodes.map((node) => [node.id, node.label[language]]));
    sheet.addRow([]);
    const title = sheet.addRow([otherNotesTitle[language]]);
    title.font = { bold: true };
    for (const note of others) {
      const row = sheet.addRow(cellTexts([noteKinds[note.kind][language], note.attachedTo ? (names.get(note.attachedTo) ?? '') : '', note.text]));
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  return sheet;
}
