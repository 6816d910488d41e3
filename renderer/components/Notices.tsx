import { useT } from '../i18n/i18n.ts';
import { useUiStore, type Notice } from '../state/ui-store.ts';

/** Messages about files and saving; errors are announced at once (alert), the rest politely (status). */
export function Notices() {
  const notices = useUiStore((state) => state.notices);
  return (
    <div className="notices">
      <NoticeList role="alert" notices={notices.filter((notice) => notice.tone === 'error')} />
      <NoticeList role="status" notices={notices.filter((notice) => notice.tone === 'info')} />
    </div>
  );
}

function NoticeList({ role, notices }: { role: 'alert' | 'status'; notices: Notice[] }) {
  const t = useT();
  const dismiss = useUiStore((state) => state.dismiss);
  return (
    <div role={role}>
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
