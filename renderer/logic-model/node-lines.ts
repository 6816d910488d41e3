import { frequencyUnitLabels } from '@shared/budget/option-labels.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { LogicCheck, LogicFinding } from '@shared/logic-model/logic-checks.ts';
import type { LogicModel, LogicNode } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { translate } from '../i18n/i18n.ts';
import type { NodeLine } from './model-layout.ts';

const flagKeys = {
  'service-no-outcome': 'logic.flag.serviceNoOutcome',
  'outcome-no-service': 'logic.flag.outcomeNoService',
  'outcome-no-indicator': 'logic.flag.outcomeNoIndicator',
  'goal-empty': 'logic.flag.goalEmpty',
  'outcome-cycle': 'logic.flag.outcomeCycle',
} as const satisfies Record<LogicCheck, string>;

export const flagText = (check: LogicCheck, language: Language) => `⚠ ${translate(language, flagKeys[check])}`;

function detail(node: LogicNode, language: Language): string | null {
  const number = (value: number) => formatNumber(value, language);
  switch (node.kind) {
    case 'input':
      if (node.resource === 'funding') return formatMoney(node.amount, language);
      if (node.resource === 'staff-hours') return translate(language, 'logic.detail.hours', { hours: number(node.hours) });
      return translate(language, 'logic.detail.services', { services: number(node.services) });
    case 'output':
      if (node.frequency.unit === 'year') return translate(language, 'logic.detail.outputYearly', { participants: number(node.participants) });
      return translate(language, 'logic.detail.output', {
        participants: number(node.participants),
        perYear: number(node.frequency.perYear),
        unit: language === 'en' ? frequencyUnitLabels[node.frequency.unit].en.toLowerCase() : frequencyUnitLabels[node.frequency.unit].he,
      });
    case 'outcome':
      return translate(language, 'logic.detail.indicators', { indicators: number(node.indicators) });
    case 'goal':
      return null;
  }
}

/**
 * What each node's box says, in the reader's language: its name, a figure (money, participants
 * and frequency, indicators), how many notes are attached, and the checks it fails. The canvas,
 * the SVG and the PNG draw these same lines.
 */
export function nodeLines(model: LogicModel, findings: readonly LogicFinding[], language: Language): (nodeId: string) => NodeLine[] {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const checks = new Map<string, LogicCheck[]>();
  for (const finding of findings) for (const id of finding.nodeIds) checks.set(id, [...(checks.get(id) ?? []), finding.check]);
  const notes = new Map<string, number>();
  for (const note of model.notes) if (note.attachedTo) notes.set(note.attachedTo, (notes.get(note.attachedTo) ?? 0) + 1);
  return (nodeId) => {
    const node = byId.get(nodeId)!;
    const lines: NodeLine[] = [{ text: node.label[language] || translate(language, 'logic.unnamed'), style: 'title' }];
    const figure = detail(node, language);
    if (figure) lines.push({ text: figure, style: 'detail' });
    const attached = notes.get(nodeId);
    if (attached) lines.push({ text: translate(language, 'logic.detail.notes', { notes: formatNumber(attached, language) }), style: 'detail' });
    for (const check of new Set(checks.get(nodeId))) lines.push({ text: flagText(check, language), style: 'flag' });
    return lines;
  };
}
