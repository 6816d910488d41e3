import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { edited, nestedArrays, withRawJson } from './plan-text.ts';

/**
 * Host calls as a page that is not Tamhil's (or a broken one) would make them: the channel and
 * the body's JSON text exactly as it would reach the host, and the one refusal it must get
 * before any handler runs.
 */
export type HostileCall = { name: string; channel: string; body: string; refusal: string };

const savePlan = (plan: string) => `{"path": "a.tamhil", "plan": ${plan}, "expectedRevision": null, "overwrite": false}`;

export const hostileCalls: readonly HostileCall[] = [
  { name: 'an unknown channel', channel: 'plan:delete', body: '{}', refusal: 'unknown channel "plan:delete"' },
  { name: 'a path that is a number', channel: 'plan:open', body: '{"path": 42}', refusal: 'plan:open: invalid argument at path: Invalid input: expected string, received number' },
  { name: 'a path of 5,000 characters', channel: 'plan:open', body: JSON.stringify({ path: 'x'.repeat(5_000) }), refusal: 'plan:open: invalid argument at path: Too big: expected string to have <=4096 characters' },
  { name: 'arguments that are an array', channel: 'plan:open', body: '["a.tamhil"]', refusal: 'plan:open: invalid argument at (root): Invalid input: expected object, received array' },
  { name: 'arguments that are text', channel: 'plan:open', body: '"a.tamhil"', refusal: 'plan:open: invalid argument at (root): Invalid input: expected object, received string' },
  { name: 'arguments that are a number', channel: 'plan:open', body: '12', refusal: 'plan:open: invalid argument at (root): Invalid input: expected object, received number' },
  {
    name: 'the path hidden behind a __proto__ key',
    channel: 'plan:open',
    body: '{"__proto__": {"path": "a.tamhil"}}',
    refusal: 'plan:open: invalid argument at path: Invalid input: expected string, received undefined',
  },
  {
    name: 'the path hidden behind constructor.prototype',
    channel: 'plan:open',
    body: '{"constructor": {"prototype": {"path": "a.tamhil"}}}',
    refusal: 'plan:open: invalid argument at path: Invalid input: expected string, received undefined',
  },
  {
    name: '100,000 nested arrays',
    channel: 'app:info',
    body: nestedArrays(100_000),
    refusal: 'app:info: invalid argument at [0][0][0][0][0][0]…: nested 100,000 levels deep, more than the 33 a call can hold',
  },
  {
    name: 'a plan to save nested 3,000 deep in its submitted copy',
    channel: 'plan:save',
    body: savePlan(withRawJson((plan, marker) => (plan.review.submittedPlan = { schemaVersion: currentSchemaVersion, deep: marker }), nestedArrays(3_000))),
    refusal: 'plan:save: invalid argument at plan.review.submittedPlan.deep[0][0]…: nested 3,004 levels deep, more than the 33 a call can hold',
  },
  {
    name: 'a plan to save with a service named __proto__',
    channel: 'plan:save',
    body: savePlan(edited((plan) => (plan.services[0]!.id = '__proto__'))),
    refusal: 'plan:save: invalid argument at plan.services[0].id: a name JavaScript objects already hold cannot be an id',
  },
  {
    name: 'a plan to save whose submitted copy is not a plan',
    channel: 'plan:save',
    body: savePlan(edited((plan) => (plan.review.submittedPlan = { schemaVersion: currentSchemaVersion }))),
    refusal: 'plan:save: invalid argument at plan.review.submittedPlan.id: Invalid input: expected string, received undefined',
  },
  {
    name: 'a language named constructor',
    channel: 'settings:set-language',
    body: '{"language": "constructor"}',
    refusal: 'settings:set-language: invalid argument at language: Invalid option: expected one of "he"|"en"',
  },
  {
    name: 'a recovery key that climbs folders',
    channel: 'recovery:discard',
    body: '{"key": "../../etc"}',
    refusal: 'recovery:discard: invalid argument at key: Invalid string: must match pattern /^[A-Za-z0-9-]{1,64}$/',
  },
  {
    name: 'a recovery key __proto__',
    channel: 'recovery:touch',
    body: '{"key": "__proto__"}',
    refusal: 'recovery:touch: invalid argument at key: Invalid string: must match pattern /^[A-Za-z0-9-]{1,64}$/',
  },
  {
    name: 'export bytes that are not base64',
    channel: 'export:write',
    body: '{"path": "a.xlsx", "data": "<script>alert(1)</script>", "overwrite": false}',
    refusal: 'export:write: invalid argument at data: Invalid string: must match pattern /^[A-Za-z0-9+/]*={0,2}$/',
  },
  {
    name: 'a sample outside the samples folder',
    channel: 'samples:open',
    body: '{"fileName": "../secret.tamhil"}',
    refusal: 'samples:open: invalid argument at fileName: Invalid string: must match pattern /^[A-Za-z0-9._-]{1,120}\\.tamhil$/',
  },
  {
    name: 'a key to trust with a right-to-left override',
    channel: 'keys:trust',
    body: '{"name": "משרד", "publicKey": "\\u202eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}',
    refusal: 'keys:trust: invalid argument at publicKey: an Ed25519 public key in base64',
  },
  {
    name: 'a key name of a million characters',
    channel: 'keys:trust',
    body: JSON.stringify({ name: 'מ'.repeat(1_000_000), publicKey: `${'A'.repeat(43)}=` }),
    refusal: 'keys:trust: invalid argument at name: Too big: expected string to have <=120 characters',
  },
  {
    name: 'an approval to sign at a time that is not one',
    channel: 'keys:sign-approval',
    body: '{"planId": "p", "authority": "a", "year": 2027, "by": "b", "at": "yesterday", "contentHash": "00", "note": ""}',
    refusal: 'keys:sign-approval: invalid argument at at: Invalid ISO datetime',
  },
  {
    name: 'an approval to sign in the year 1800',
    channel: 'keys:sign-approval',
    body: `{"planId": "p", "authority": "a", "year": 1800, "by": "b", "at": "2027-01-01T00:00:00Z", "contentHash": "${'0'.repeat(64)}", "note": ""}`,
    refusal: 'keys:sign-approval: invalid argument at year: Too small: expected number to be >=2000',
  },
];
