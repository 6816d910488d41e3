import type { Agorot } from '../budget/money.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { catalogueHe, MessageKey } from './catalogue.ts';

/** An amount of money, worded at the edge as ₪ in the reader's language (Intl, he-IL or en-IL). */
export type MoneyParam = { kind: 'money'; agorot: Agorot };
/** A figure worded at the edge with the reader's digit grouping. */
export type NumberParam = { kind: 'number'; value: number };
/** A share kept as a fraction, worded at the edge as a percentage. */
export type PercentParam = { kind: 'percent'; fraction: number; digits: number };

/** Content of the guide, kept as data in both languages (a station's name, an item of its lists), taken in the reader's language. */
export type ContentParam = { kind: 'content'; text: LocalizedText };

/**
 * What fills a placeholder: text from outside the catalogue (a name the team typed, a file
 * name, an id) or a plain number, both put in as they are; a message of its own, worded in the
 * same language; the guide's content; or a figure that is worded only when the reader's language is known.
 */
export type MessageParam = string | number | Message | ContentParam | MoneyParam | NumberParam | PercentParam;

/**
 * User text as data: a key of the catalogue and what fills its placeholders. Domain code
 * (findings, diff lines, command-line output) returns these; the edge (the renderer, the CLI,
 * the menu) words them in the reader's language with wordMessage.
 */
export type Message = { key: MessageKey; params?: Readonly<Record<string, MessageParam>> };

type PlaceholdersOf<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** Exactly the placeholders of the key's Hebrew template (the English has the same, a test holds). */
type ParamsOf<Key extends MessageKey> = Readonly<Record<PlaceholdersOf<(typeof catalogueHe)[Key]>, MessageParam>>;

/** A key whose template has no placeholders: a label, worded the same wherever it stands. */
export type LabelKey = { [Key in MessageKey]: [PlaceholdersOf<(typeof catalogueHe)[Key]>] extends [never] ? Key : never }[MessageKey];

type ParamsArgument<Key extends MessageKey> = [PlaceholdersOf<(typeof catalogueHe)[Key]>] extends [never] ? [] : [params: ParamsOf<Key>];

/** A message whose parameters the compiler checks against its template: none missing, none extra. */
export function message<Key extends MessageKey>(key: Key, ...[params]: ParamsArgument<Key>): Message {
  return params === undefined ? { key } : { key, params };
}

/** A table of coded choices as messages, for the readers that word one choice at a time. */
export function labelMessages<Code extends string>(keys: Readonly<Record<Code, LabelKey>>): Record<Code, Message> {
  return Object.fromEntries(Object.entries<LabelKey>(keys).map(([code, key]) => [code, message(key)])) as Record<Code, Message>;
}

export const contentParam = (text: LocalizedText): ContentParam => ({ kind: 'content', text });
export const moneyParam = (agorot: Agorot): MoneyParam => ({ kind: 'money', agorot });
export const numberParam = (value: number): NumberParam => ({ kind: 'number', value });
export const percentParam = (fraction: number, digits: number): PercentParam => ({ kind: 'percent', fraction, digits });

/** Texts joined as the language lists them: "א", "ב" ו"ג" / "A", "B" and "C". */
export function listParam(items: readonly MessageParam[]): MessageParam {
  if (items.length <= 1) return items[0] ?? '';
  const rest = items.slice(1, -1).reduce<MessageParam>((joined, item) => message('words.comma', { rest: joined, item }), items[0]!);
  return message('words.and', { rest, last: items[items.length - 1]! });
}
