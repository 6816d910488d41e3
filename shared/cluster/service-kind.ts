import type { LocalizedText } from '../model/localized-text.ts';
import { serviceCatalogue } from '../services/service-catalogue.ts';

/** What services of different plans are compared as: a catalogue entry, or a name written alike. */
export type ServiceKindOf = { key: string; catalogueId: string | null; label: LocalizedText };

/**
 * A name as it is compared: Hebrew points, quotes and punctuation removed, spaces collapsed,
 * Latin letters in lower case. `מועדון  "בית-הדקלים"` and `מועדון בית הדקלים` are the same.
 */
export function normaliseServiceName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Each catalogue entry under its normalised names in both languages, longest first. */
const catalogueNames = serviceCatalogue
  .flatMap((entry) => [entry.name.he, entry.name.en].map((name) => ({ normalised: normaliseServiceName(name), entry })))
  .sort((a, b) => b.normalised.length - a.normalised.length);

/**
 * The service's kind. Teams name their instance of a typical service after it and add their own
 * words (`קו טלפוני יזום "שלום, מה שלומך?"`), so a name that is, or starts with, a catalogue
 * name belongs to that entry; the longest such name wins (`קהילה תומכת לניצולי שואה` over
 * `קהילה תומכת`). Any other name is its own kind, matched by its normalised form.
 */
export function serviceKindOf(name: string): ServiceKindOf {
  const normalised = normaliseServiceName(name);
  const match = catalogueNames.find(({ normalised: known }) => normalised === known || normalised.startsWith(`${known} `));
  if (match) return { key: `catalogue:${match.entry.id}`, catalogueId: match.entry.id, label: { ...match.entry.name } };
  const shown = name.trim();
  return { key: `name:${normalised || shown}`, catalogueId: null, label: { he: shown, en: shown } };
}
