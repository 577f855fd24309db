import { showNotice } from '../../state';
import { startTour, tourDone } from './tour';

const OFFERED_KEY = 'arc-studio.tour-offered';

/**
 * Offers the tour once per browser, on first start, as an ordinary (non-modal) notice
 * with a "Start tour" action: nothing is covered or waits for an answer, so automated
 * sessions and existing tests run as before and no webdriver check is needed.
 */
export function offerTourOnce(): void {
  try {
    if (tourDone() || window.localStorage.getItem(OFFERED_KEY) === '1') return;
    window.localStorage.setItem(OFFERED_KEY, '1');
  } catch {
    return;
  }
  showNotice('info', 'New to Arc Studio? A short tour shows the main screen.', { label: 'Start tour', run: () => void startTour() });
}
