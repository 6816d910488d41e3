import { useId } from 'react';
import type { UnreadableFile } from '@shared/cluster/cluster-files.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** The folder's files that are not in the comparison, each with the reason in words a team can act on. */
export function UnreadableFiles({ files }: { files: readonly UnreadableFile[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  if (files.length === 0) return null;
  return (
    <section className="card unreadable-files" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cluster.unreadable', { count: formatNumber(files.length, language) })}</h2>
      <p className="hint">{t('cluster.unreadableHint')}</p>
      <ul>
        {files.map((file) => (
          <li key={file.path}>
            <bdi dir="ltr" className="file-path">{file.path}</bdi>: {openErrorMessage(file.error, language)}
          </li>
        ))}
      </ul>
    </section>
  );
}
