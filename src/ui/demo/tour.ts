import type { DriveStep } from 'driver.js';
import { dismissNotice, exitPresenter, getPlay, getReview, stopPlay, toggleReview } from '../../state';
import { TOUR_STOPS } from './tour-steps';

/** Remembered per browser: the tour ran to its end or was skipped. */
export const TOUR_DONE_KEY = 'arc-studio.tour-done';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True once the tour was finished or skipped in this browser. */
export function tourDone(): boolean {
  return storage()?.getItem(TOUR_DONE_KEY) === '1';
}

function markDone(): void {
  try {
    storage()?.setItem(TOUR_DONE_KEY, '1');
  } catch {
    // A browser without storage offers the tour again next time: harmless.
  }
}

/** The first-start offer of the tour (a notice), while it is on screen: a tour started any way takes it away. */
let offer: number | null = null;

export function rememberTourOffer(id: number): void {
  offer = id;
}

/** Whether the first-start offer is on screen (as far as the studio took it away itself). */
export function tourOffered(): boolean {
  return offer !== null;
}

/** Takes the first-start offer away, if it is on screen. */
export function withdrawTourOffer(): void {
  if (offer !== null) dismissNotice(offer);
  offer = null;
}

/** The tour's steps: a stop whose element is not on screen (review mode before it exists) is explained without pointing. */
function steps(): DriveStep[] {
  return TOUR_STOPS.map((stop) => {
    const byText = (): Element | null =>
      stop.buttonText ? ([...document.querySelectorAll('header button')].find((b) => stop.buttonText!.test(b.textContent ?? '')) ?? null) : null;
    const element = (stop.selector ? document.querySelector(stop.selector) : null) ?? byText();
    const popover = { title: stop.title, description: stop.text };
    return element ? { element, popover } : { popover };
  });
}

/** Resolves once the page has drawn again (the studio's main screen back after leaving a mode). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Starts the guided tour (driver.js, loaded on first use so it stays out of the first
 * bundle). Keyboard: arrow keys or the focused Next/Previous buttons move, Escape skips.
 * Finished or skipped, it is remembered as done.
 */
export async function startTour(): Promise<void> {
  // Where the focus goes back to when the tour ends (its popover's buttons go with it).
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  withdrawTourOffer();
  // The tour shows the main screen: review mode, play and the presenter view each hide or cover parts of it
  // (its stops would point at panels out of sight), so it starts from the main screen.
  const away = getReview().open || getPlay().active;
  if (getReview().open) toggleReview(false);
  if (getPlay().active) stopPlay();
  if (exitPresenter() || away) await nextFrame();
  const [{ driver }] = await Promise.all([import('driver.js'), import('driver.js/dist/driver.css')]);
  const tour = driver({
    steps: steps(),
    showProgress: true,
    allowKeyboardControl: true,
    nextBtnText: 'Next',
    prevBtnText: 'Back',
    doneBtnText: 'Done',
    popoverClass: 'arc-tour',
    // What a stop points at is shown, not used: Tab then stays on the popover's buttons (driver.js cycles
    // through the popover and the lit element's controls), and a click on the lit part does nothing.
    disableActiveInteraction: true,
    onPopoverRender: (popover) => {
      popover.closeButton.setAttribute('aria-label', 'Skip tour');
      // The popover is a dialog in the body: its <header> and <footer> would read as the page's banner and contentinfo.
      popover.title.setAttribute('role', 'none');
      popover.footer.setAttribute('role', 'none');
      // Keyboard users land on Next, so Enter moves on.
      requestAnimationFrame(() => popover.nextButton.focus());
    },
    // driver.js calls onDestroyed only once a step's 400 ms highlight has settled, so a
    // quick keyboard user who reaches Done within it would be offered the tour again.
    // onDestroyStarted runs for every way out (Done, Skip, Escape, overlay click).
    onDestroyStarted: () => {
      markDone();
      document.documentElement.dataset.tour = 'done';
      tour.destroy();
      // The opener may have gone (the first-start offer's Start tour): then the toolbar's Tour.
      const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('[data-tour-start]');
      requestAnimationFrame(() => back?.focus());
    },
  });
  document.documentElement.dataset.tour = 'running';
  tour.drive();
}
