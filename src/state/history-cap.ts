import { HISTORY_LIMIT, pushStep, type History, type HistoryStep } from './history';
import { notify } from './notices';
import type { Studio } from './studio-context';

/**
 * pushStep, saying so the first time in this studio that the oldest step falls off
 * (history is capped at HISTORY_LIMIT steps so that saving it stays cheap).
 */
export function pushStepNoticed(s: Studio, h: History, step: HistoryStep): History {
  if (h.undo.length >= HISTORY_LIMIT && !s.session.historyCapTold) {
    s.session.historyCapTold = true;
    notify(s, 'info', `Undo keeps the last ${HISTORY_LIMIT} steps: the oldest step can no longer be undone.`);
  }
  return pushStep(h, step);
}
