import type { Studio } from './studio-context';
import type { NoticeAction, NoticeKind } from './types';

const MAX_NOTICES = 5;

/**
 * Shows a notice; returns its id. Only the newest few stay on screen. The same message
 * again (a repeated failure, a command run twice) replaces the one showing rather than
 * stacking a copy: it moves to the end with a fresh id, so an information notice's time
 * on screen starts again.
 */
export function notify(s: Studio, kind: NoticeKind, text: string, action?: NoticeAction): number {
  const id = ++s.session.lastNoticeId;
  const notice = action ? { id, kind, text, action } : { id, kind, text };
  s.notices.setState((n) => ({
    notices: [...n.notices.filter((x) => x.kind !== kind || x.text !== text), notice].slice(-MAX_NOTICES),
  }));
  return id;
}

/** Removes a notice (the user closed it, or its action ran). */
export function dismissNotice(s: Studio, id: number): void {
  s.notices.setState((n) => ({ notices: n.notices.filter((x) => x.id !== id) }));
}
