import { useT } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';

/** Messages about files and saving; errors are announced at once, the rest politely. */
export function Notices() {
  const t = useT();
  const notices = useUiStore((state) => state.notices);
  const dismiss = useUiStore((state) => state.dismiss);
  return (
    <div className="notices">
      <div role="alert">
        {notices
          .filter((notice) => notice.tone === 'error')
          .map((notice) => (
            <p key={notice.id} className="notice notice-error">
              <span>{notice.text}</span>
              <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('common.dismiss')}>
                ×
              </button>
            </p>
          ))}
      </div>
      <div role="status">
        {notices
          .filter((notice) => notice.tone === 'info')
          .map((notice) => (
            <p key={notice.id} className="notice notice-info">
              <span>{notice.text}</span>
              <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('common.dismiss')}>
                ×
              </button>
            </p>
          ))}
      </div>
    </div>
  );
}
