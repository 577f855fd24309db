import { localFlag } from './local-flag';

/** Whether the tension strip is open under the graph: a comfort of this browser, remembered in localStorage. */
const strip = localFlag('arc-studio:tension-strip', 'open', 'closed');

/** Opens or closes the strip (and remembers it). */
export function setStripOpen(open: boolean): void {
  strip.set(open);
}

/** The strip's open state, re-rendering when it changes. */
export function useStripOpen(): boolean {
  return strip.use();
}
