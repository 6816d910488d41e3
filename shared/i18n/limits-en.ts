import type { limitsHe } from './limits-he.ts';

/** Input Tamhil refuses before reading it: too deep, too long, not a regular file, a malformed request, in English. */
export const limitsEn = {
  'limits.plan.nesting': 'The plan is damaged: at {path} it is nested {found} levels deep, more than the {allowed} a plan can hold.',
  'limits.plan.textLength': 'The plan is damaged: at {path} it holds a text of {found} characters, more than the {allowed} any field of a plan can hold.',
  'limits.plan.nameLength': "The plan is damaged: at {path} it holds a field name of {found} characters, more than the {allowed} of a plan's field names.",
  'limits.plan.size': 'The plan is too long: {found} characters, more than the {allowed} a plan can hold.',
  'limits.cli.unexpected': 'stopped by an unexpected problem ({reason}). If it happens again, please report it, with the file that caused it.',
  'limits.field.reserved-id': 'is a reserved name, which cannot serve as an id',
} satisfies Record<keyof typeof limitsHe, string>;
