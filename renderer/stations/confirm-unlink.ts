import type { LinkedItem } from '@shared/links/plan-links.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { askToConfirm } from '../state/prompts.ts';

/** Deleting what others link to asks first, naming what would be left unlinked. */
export async function confirmUnlink(name: string, links: LinkedItem[]): Promise<boolean> {
  if (links.length === 0) return true;
  const language = useLanguage.getState().language;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const kinds = { need: t('links.need'), outcome: t('links.outcome'), service: t('links.service') };
  const listed = links.map((link) => `${kinds[link.kind]}: ${link.name}`).join('; ');
  return askToConfirm(t('links.deleteTitle', { name }), t('links.deleteBody', { count: links.length, items: listed }), t('links.deleteConfirm'));
}
