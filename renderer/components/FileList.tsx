import type { FileEntry } from '@shared/host-api.ts';
import { localeOf } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** Files to choose from: each a button with the file's name, where it is and when it last changed. */
export function FileList({ entries, onChoose }: { entries: FileEntry[]; onChoose(path: string): void }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const dateFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="file-list">
      {entries.map((entry) => (
        <li key={entry.path}>
          <button type="button" onClick={() => onChoose(entry.path)}>
            <bdi className="file-name">{entry.name}</bdi>
            <span className="file-meta">
              <bdi dir="ltr">{entry.path}</bdi> · {t('open.modified', { date: dateFormat.format(new Date(entry.modified)) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
