import { useEffect } from 'react';
import { dismissNotice, useNotices, type Notice } from '../../state';
import '../styles/notices.css';

/** Informational notices leave by themselves; errors stay until closed. */
const INFO_MS = 10_000;

function NoticeRow({ notice }: { readonly notice: Notice }) {
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const t = setTimeout(() => dismissNotice(notice.id), INFO_MS);
    return () => clearTimeout(t);
  }, [notice.id, notice.kind]);
  return (
    <div className={`notice ${notice.kind}`}>
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="small"
          onClick={() => {
            notice.action?.run();
            dismissNotice(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon" aria-label="Dismiss notice" onClick={() => dismissNotice(notice.id)}>
        ×
      </button>
    </div>
  );
}

/** Short messages from the studio (worker restarted, storage failing, what a command did), announced politely. */
export function Notices() {
  const notices = useNotices((n) => n.notices);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.map((n) => (
        <NoticeRow key={n.id} notice={n} />
      ))}
    </div>
  );
}
