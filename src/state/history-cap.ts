import { HISTORY_LIMIT, pushStep, type History, type HistoryStep } from './history';
import { notify } from './notices';

let told = false;

/**
 * pushStep, saying so the first time in this page that the oldest step falls off
 * (history is capped at HISTORY_LIMIT steps so that saving it stays cheap).
 */
export function pushStepNoticed(h: History, step: HistoryStep): History {
  if (h.undo.length >= HISTORY_LIMIT && !told) {
    told = true;
    notify('info', `Undo keeps the last ${HISTORY_LIMIT} steps: the oldest step can no longer be undone.`);
  }
  return pushStep(h, step);
}

/** Tests: the notice shows again. */
export function resetHistoryCapNotice(): void {
  told = false;
}
