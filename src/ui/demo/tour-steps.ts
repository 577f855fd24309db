/** One stop of the guided tour: what it points at (a CSS selector, found when the tour starts) and what it says. */
export interface TourStop {
  readonly selector: string | null;
  /** Else a toolbar button whose text matches (for controls other parts of the studio add, like review mode). */
  readonly buttonText?: RegExp;
  readonly title: string;
  readonly text: string;
}

/** The tour of the main screen, in the order a presenter would show it. */
export const TOUR_STOPS: readonly TourStop[] = [
  {
    selector: '[data-testid="story-graph"]',
    title: 'Lanes and the time axis',
    text: 'Each lane is one narrative scale, finest on top; left to right is story time. Arrows are causal links, thicker when stronger.',
  },
  {
    selector: 'section[aria-label="Conflicts"]',
    title: 'A conflict',
    text: 'Every rule the story breaks shows up here. Pick one to frame its events on the canvas and see how to fix it.',
  },
  {
    selector: 'section[aria-label="Impact"]',
    title: 'Its ripple',
    text: 'Select an event and press I: the ripple shows what it changes, hop by hop, with the impact summed per scale.',
  },
  {
    selector: 'section[aria-label="Proposals"]',
    title: 'Preview and accept a proposal',
    text: 'Hover or focus a proposal to see its ghost diff on the canvas, then Accept it. Each fix is one undoable step.',
  },
  {
    // One selector, not a list: querySelector answers a list with its first match in the page, not its first selector's.
    selector: 'header .tool-group[aria-label="History"]',
    title: 'Undo',
    text: 'Undo and Redo name the step they take back (Ctrl+Z, Ctrl+Shift+Z). Nothing you do is lost.',
  },
  {
    selector: '[data-tour="review"]',
    buttonText: /review/i,
    title: 'Review mode',
    text: 'For therapeutic stories, review mode walks a clinician through the intensity curve, the therapy limits and the notes left on events.',
  },
  {
    selector: 'header .tool-group[aria-label="Demo"]',
    title: 'Play',
    text: 'Play walks the story choice by choice: the meters add up the impact at every scale, and the path conflicts list what the choices run into. Press ? for all keyboard shortcuts.',
  },
];
