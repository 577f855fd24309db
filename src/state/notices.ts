import { noticesStore } from './stores';
import type { NoticeAction, NoticeKind } from './types';

let nextId = 1;
const MAX_NOTICES = 5;

/** Shows a notice; returns its id. Only the newest few stay on screen. */
export function notify(kind: NoticeKind, text: string, action?: NoticeAction): number {
  const id = nextId++;
  const notice = action ? { id, kind, text, action } : { id, kind, text };
  noticesStore.setState((s) => ({ notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  return id;
}

/** Removes a notice (the user closed it, or its action ran). */
export function dismissNotice(id: number): void {
  noticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
