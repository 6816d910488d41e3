import type { Language } from '@shared/model/localized-text.ts';
import { host } from '../host/host-client.ts';
import { useLanguage } from './i18n.ts';

/** Switches at once and remembers the choice for the next start (and the desktop menu). */
export async function switchLanguage(language: Language): Promise<void> {
  useLanguage.getState().setLanguage(language);
  await host['settings:set-language']({ language });
}
