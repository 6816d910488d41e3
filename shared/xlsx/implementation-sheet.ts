import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { formatNumber } from '../format/number-format.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { cellFormats } from './cell-formats.ts';
import { derivedSheetNote } from './derived-sheet-note.ts';
import { addDerivedSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';
import { ownerWithBody, partnerNames } from '../participation/partner-roles.ts';

export const implementationSheetName: LocalizedText = inBothLanguages('workbookSheet.implementation.sheet');

const headerKeys: readonly LabelKey[] = [
  'workbookSheet.implementation.service',
  'workbookSheet.implementation.owner',
  'workbookSheet.implementation.partners',
  'workbookSheet.implementation.start',
  'workbookSheet.implementation.end',
  'workbookSheet.implementation.milestones',
  'workbookSheet.implementation.risks',
  'workbookSheet.implementation.indicators',
  'workbookSheet.implementation.actual',
];

/** The work plan: who runs each service, when, its quarterly milestones, risks, indicator targets and what was done. */
export function writeImplementationSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addDerivedSheet(workbook, implementationSheetName[language], language, derivedSheetNote(language));
  sheet.columns = [
    { width: 32 }, { width: 18 }, { width: 24 }, { width: 12, style: { numFmt: cellFormats.date } }, { width: 12, style: { numFmt: cellFormats.date } },
    { width: 40 }, { width: 40 }, { width: 40 }, { width: 32 },
  ];
  sheet.setRow(2, headerKeys.map((key) => translate(language, key)), headerStyle);
  const serviceName = new Map(plan.services.map((service) => [service.id, service.name]));
  const quarter = language === 'he' ? 'רבעון' : 'Q';
  const indicatorName = new Map(plan.outcomes.flatMap((outcome) => outcome.indicators).map((indicator) => [indicator.id, indicator.name]));
  const number = (value: number) => formatNumber(value, language);
  const measuredWord = language === 'he' ? 'בפועל' : 'measured';
  // Station 6 plans the services in this year's budget; a deferred service's old work plan stays in the file, not in the sheet.
  const inBudget = new Set(servicesInBudget(plan).map((service) => service.id));
  for (const item of plan.implementation.filter((entry) => inBudget.has(entry.serviceId))) {
    sheet.addRow([
      serviceName.get(item.serviceId) ?? item.serviceId,
      ownerWithBody(plan, item),
      partnerNames(plan, item.partnerIds).join(', '),
      item.start ? new Date(`${item.start}T00:00:00Z`) : null,
      item.end ? new Date(`${item.end}T00:00:00Z`) : null,
      item.milestones.map((milestone) => `${quarter} ${milestone.quarter}: ${milestone.text}${milestone.done ? ' ✓' : ''}`).join('\n'),
      item.risks.map((risk) => `${risk.risk} — ${risk.mitigation}`).join('\n'),
      item.indicatorIds
        .map((id) => {
          const targets = item.quarterlyTargets.filter((target) => target.indicatorId === id).sort((a, b) => a.quarter - b.quarter);
          const measured = (at: number) => item.indicatorActuals.find((actual) => actual.indicatorId === id && actual.quarter === at)?.value;
          const line = (target: (typeof targets)[number]) => {
            const actual = measured(target.quarter);
            return `${quarter} ${target.quarter} ${number(target.value)}${actual === undefined ? '' : ` (${measuredWord} ${number(actual)})`}`;
          };
          return `${indicatorName.get(id) ?? id}${targets.length > 0 ? `: ${targets.map(line).join(', ')}` : ''}`;
        })
        .join('\n'),
      item.actuals.map((actual) => `${quarter} ${actual.quarter}: ₪${number(actual.spent)}, ${number(actual.participants)}`).join('\n'),
    ], { alignment: { vertical: 'top', wrapText: true } });
  }
}
