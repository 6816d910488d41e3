import type { Dropped } from '../host/dropped-files.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { openDroppedPlan } from './file-actions.ts';
import { importPublicKey } from './review-actions.ts';
import { useUiStore } from './ui-store.ts';

const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  useUiStore.getState().notify('error', translate(useLanguage.getState().language, key, params));

/**
 * A file dropped on the window goes where its kind says: a plan opens, a spreadsheet asks what
 * it holds, a public key is trusted. Anything else, a folder or several files get one message
 * that says what Tamhil takes.
 */
export function openDropped({ files, folders }: Dropped): void {
  if (files.length === 0 && folders > 0) return say('files.dropFolder');
  if (files.length + folders > 1) return say('files.dropMany');
  const local = files[0];
  if (!local) return;
  const name = local.file.name.toLowerCase();
  if (name.endsWith('.tamhil')) void openDroppedPlan(local);
  else if (name.endsWith('.xlsx') || name.endsWith('.csv')) useUiStore.getState().setPrompt({ kind: 'dropped-spreadsheet', local });
  else if (name.endsWith('.tamhilkey')) void importPublicKey(local);
  else say('files.dropWrongKind', { name: local.file.name });
}
