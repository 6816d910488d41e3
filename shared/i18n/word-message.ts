import type { Language } from '../model/localized-text.ts';
import { formatMoney, formatNumber, formatPercent } from '../format/number-format.ts';
import type { Message, MessageParam } from './message.ts';
import { fillTemplate, type FillValue } from './translate.ts';

function wordParam(language: Language, param: MessageParam): FillValue {
  if (typeof param === 'string') return { text: param, foreign: true };
  if (typeof param === 'number') return { text: String(param), foreign: false };
  if ('key' in param) return { text: wordMessage(language, param), foreign: false };
  switch (param.kind) {
    case 'content':
      return { text: param.text[language], foreign: false };
    case 'money':
      return { text: formatMoney(param.agorot, language), foreign: false };
    case 'number':
      return { text: formatNumber(param.value, language), foreign: false };
    case 'percent':
      return { text: formatPercent(param.fraction, language, param.digits), foreign: false };
  }
}

/** A message, or a parameter on its own (a name, a label), in the reader's language. */
export function wordText(language: Language, text: MessageParam): string {
  return wordParam(language, text).text;
}

/**
 * A message in the reader's language: the one place where a finding, a diff line or a line of
 * the command line becomes words, its money and figures formatted for that language.
 */
export function wordMessage(language: Language, message: Message): string {
  return fillTemplate(language, message.key, (name) => {
    const param = message.params?.[name];
    return param === undefined ? undefined : wordParam(language, param);
  });
}
