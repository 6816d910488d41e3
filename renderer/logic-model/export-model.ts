import { translate, useLanguage } from '../i18n/i18n.ts';
import { chooseExportTarget, writeExport } from '../state/export-file.ts';
import { suggestedName } from '../state/file-actions.ts';
import { useUiStore } from '../state/ui-store.ts';
import { PictureError, svgToPng } from './model-picture.ts';

/** Saves the model's picture as an SVG document or a PNG image, where the user chooses. */
export async function exportModelPicture(kind: 'png' | 'svg', svg: string): Promise<void> {
  const language = useLanguage.getState().language;
  try {
    const target = await chooseExportTarget(kind, `${suggestedName()} ${translate(language, 'logic.export.fileName')}`);
    if (!target) return;
    const bytes = kind === 'svg' ? new TextEncoder().encode(svg) : await svgToPng(svg);
    await writeExport(target, bytes, kind, 'logic.export.saved');
  } catch (error) {
    const detail = error instanceof PictureError ? translate(language, error.key) : (error as Error).message;
    useUiStore.getState().notify('error', translate(language, 'action.failed', { detail }));
  }
}
