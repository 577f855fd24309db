import { useEffect, useRef } from 'react';
import { dismissNotice, getSelection, showNotice, useDemoView, usePlay, useReview, useSelection, type Selection } from '../../state';
import { rememberTourOffer, startTour, tourDone } from './tour';

const OFFERED_KEY = 'arc-studio.tour-offered';

/**
 * Offers the tour once per browser, on first start, as an ordinary (non-modal) notice
 * with a "Start tour" action: nothing is covered or waits for an answer, so automated
 * sessions and existing tests run as before and no webdriver check is needed.
 * Returns the notice's id, or null when the tour was offered before.
 */
export function offerTourOnce(): number | null {
  try {
    if (tourDone() || window.localStorage.getItem(OFFERED_KEY) === '1') return null;
    window.localStorage.setItem(OFFERED_KEY, '1');
  } catch {
    return null;
  }
  const id = showNotice('info', 'New to Arc Studio? A short tour shows the main screen.', { label: 'Start tour', run: () => void startTour() });
  rememberTourOffer(id);
  return id;
}

/**
 * Offers the tour once the library is ready, and takes the offer away as soon as the user
 * picks something (an event, a link, a conflict) or starts play, presenter view or review:
 * they have started without it, and the notice would cover part of the dock, the Inspector
 * or the mode's panel. The toolbar's `Tour` stays.
 */
export function useTourOffer(ready: boolean): void {
  const offered = useRef<number | null>(null);
  // Followed only while the offer is on screen: afterwards a new selection renders nothing here.
  const selection = useSelection((s) => (offered.current !== null ? s : null));
  // The selection when the offer appeared (a reload may restore one): only a change from it counts.
  const offeredWith = useRef<Selection | null>(null);
  useEffect(() => {
    if (!ready) return;
    offered.current = offerTourOnce();
    offeredWith.current = getSelection();
  }, [ready]);
  useEffect(() => {
    if (offered.current === null || selection === null || selection === offeredWith.current) return;
    // A story opening clears the selection: that is not the user picking something.
    if (selection.events.length === 0 && selection.links.length === 0 && selection.conflictId === null) return;
    dismissNotice(offered.current);
    offered.current = null;
    rememberTourOffer(null);
  }, [selection]);
  // Play, presenter view and review are started without it too, and the notice would sit over them.
  const playing = usePlay((p) => p.active);
  const presenting = useDemoView((v) => v.presenter);
  const reviewing = useReview((r) => r.open);
  useEffect(() => {
    if (offered.current === null || !(playing || presenting || reviewing)) return;
    dismissNotice(offered.current);
    offered.current = null;
    rememberTourOffer(null);
  }, [playing, presenting, reviewing]);
}
