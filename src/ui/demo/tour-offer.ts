import { useEffect, useRef } from 'react';
import { getSelection, showNotice, useDemoView, usePlay, useReview, useSelection, type Selection } from '../../state';
import { rememberTourOffer, startTour, tourDone, tourOffered, withdrawTourOffer } from './tour';

const OFFERED_KEY = 'arc-studio.tour-offered';

/**
 * Offers the tour once per browser, on first start, as an ordinary (non-modal) notice
 * with a "Start tour" action: nothing is covered or waits for an answer, so automated
 * sessions and existing tests run as before and no webdriver check is needed.
 * The notice is remembered by tour.ts, which takes it away when a tour starts.
 */
function offerTourOnce(): void {
  try {
    if (tourDone() || window.localStorage.getItem(OFFERED_KEY) === '1') return;
    window.localStorage.setItem(OFFERED_KEY, '1');
  } catch {
    return;
  }
  rememberTourOffer(showNotice('info', 'New to Arc Studio? A short tour shows the main screen.', { label: 'Start tour', run: () => void startTour() }));
}

/**
 * Offers the tour once the library is ready, and takes the offer away as soon as the user
 * picks something (an event, a link, a conflict) or starts play, presenter view or review:
 * they have started without it, and the notice would cover part of the dock, the Inspector
 * or the mode's panel. The toolbar's `Tour` stays.
 */
export function useTourOffer(ready: boolean): void {
  // Followed only while the offer is on screen: afterwards a new selection renders nothing here.
  const selection = useSelection((s) => (tourOffered() ? s : null));
  // The selection when the offer appeared (a reload may restore one): only a change from it counts.
  const offeredWith = useRef<Selection | null>(null);
  useEffect(() => {
    if (!ready) return;
    offerTourOnce();
    offeredWith.current = getSelection();
  }, [ready]);
  useEffect(() => {
    if (!tourOffered() || selection === null || selection === offeredWith.current) return;
    // A story opening clears the selection: that is not the user picking something.
    if (selection.events.length === 0 && selection.links.length === 0 && selection.conflictId === null) return;
    withdrawTourOffer();
  }, [selection]);
  // Play, presenter view and review are started without it too, and the notice would sit over them.
  const playing = usePlay((p) => p.active);
  const presenting = useDemoView((v) => v.presenter);
  const reviewing = useReview((r) => r.open);
  useEffect(() => {
    if (playing || presenting || reviewing) withdrawTourOffer();
  }, [playing, presenting, reviewing]);
}
