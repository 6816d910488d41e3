import { administrationGoals, outcomeHorizons, type LogicModelNote, type Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { goalLabels, horizonLabels } from '../model/option-labels.ts';
import { modelOfEvaluatedPlan, outcomeNodeId } from '../logic-model/logic-graph.ts';
import type { CellStyle } from './cell-style.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';

export const logicModelSheetName: LocalizedText = inBothLanguages('workbookSheet.logicModel.sheet');

const headerKeys: readonly LabelKey[] = [
  'workbookSheet.logicModel.goal',
  'workbookSheet.logicModel.needs',
  'workbookSheet.logicModel.services',
  'workbookSheet.logicModel.outcome',
  'workbookSheet.logicModel.horizon',
  'workbookSheet.logicModel.leadsTo',
  'workbookSheet.logicModel.indicators',
  'workbookSheet.logicModel.notes',
];

const noteKindKeys = {
  assumption: 'workbookSheet.logicModel.assumption',
  'external-factor': 'workbookSheet.logicModel.externalFactor',
} as const satisfies Record<LogicModelNote['kind'], LabelKey>;

/**
 * The plan's theory of change as a table, one row per outcome, grouped by goal and horizon:
 * which needs it answers, which services lead to it, how it is measured, and its notes. The
 * notes attached elsewhere (a service, a goal, an input) follow in a table of their own.
 */
const wrapped: CellStyle = { alignment: { vertical: 'top', wrapText: true } };

export function writeLogicModelSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addDerivedSheet(workbook, logicModelSheetName[language], language, derivedSheetNote(language));
  sheet.columns = [{ width: 22 }, { width: 40 }, { width: 32 }, { width: 34 }, { width: 12 }, { width: 28 }, { width: 36 }, { width: 36 }];
  sheet.setRow(2, headerKeys.map((key) => translate(language, key)), headerStyle);
  const needText = new Map(plan.needs.map((need) => [need.id, need.finding]));
  const outcomeTitle = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.title]));
  const ordered = [...plan.outcomes].sort(
    (a, b) => administrationGoals.indexOf(a.goal) - administrationGoals.indexOf(b.goal) || outcomeHorizons.indexOf(a.horizon) - outcomeHorizons.indexOf(b.horizon),
  );
  for (const outcome of ordered) {
    const services = plan.services.filter((service) => service.outcomeIds.includes(outcome.id)).map((service) => service.name);
    const notes = plan.logicModelNotes.filter((note) => note.nodeId === outcome.id).map((note) => note.text);
    sheet.addRow([
      goalLabels[outcome.goal][language],
      outcome.needIds.map((id) => needText.get(id) ?? id).join('\n'),
      services.join('\n'),
      outcome.title,
      horizonLabels[outcome.horizon][language],
      outcome.leadsTo.map((id) => outcomeTitle.get(id) ?? id).join('\n'),
      outcome.indicators.map((indicator) => indicator.name).join('\n'),
      notes.join('\n'),
    ], wrapped);
  }
  // The whole model (a node for every service) is derived only to name where other notes are attached.
  if (plan.logicModelNotes.length === 0) return;
  // The plan is evaluated already: evaluating it again would build its formula sheet anew.
  const model = modelOfEvaluatedPlan(plan);
  const outcomeNodes = new Set(plan.outcomes.map((outcome) => outcomeNodeId(outcome.id)));
  const others = model.notes.filter((note) => note.attachedTo === null || !outcomeNodes.has(note.attachedTo));
  if (others.length > 0) {
    const names = new Map(model.nodes.map((node) => [node.id, node.label[language]]));
    // The title a row apart, below the outcomes.
    sheet.setRow(sheet.lastRow + 2, [translate(language, 'workbookSheet.logicModel.otherNotes')], { font: { bold: true } });
    for (const note of others) sheet.addRow([translate(language, noteKindKeys[note.kind]), note.attachedTo ? (names.get(note.attachedTo) ?? '') : '', note.text], wrapped);
  }
}
