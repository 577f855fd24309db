import { describe, expect, it } from 'vitest';
import { revealBy } from './reveal-proposals';

const view = { top: 100, bottom: 700 };

describe('revealing the proposals of a picked conflict', () => {
  it('scrolls a panel below the fold up far enough to show it at its full height, with a margin', () => {
    // Opened at 1,500 px with one line of "Working out fixes…"; it grows to 360 px.
    expect(revealBy(view, { top: 1500, bottom: 1530 }, 360)).toBe(1500 + 360 + 12 - 700);
  });

  it('leaves the view alone when the panel already shows in full', () => {
    expect(revealBy(view, { top: 200, bottom: 500 }, 300)).toBe(0);
  });

  it('never scrolls the panel top out of view, even when it is taller than the view', () => {
    expect(revealBy(view, { top: 900, bottom: 1800 }, 360)).toBe(900 - 12 - 100);
  });

  it('scrolls back up to a panel above the view', () => {
    expect(revealBy(view, { top: -300, bottom: 0 }, 360)).toBe(-300 - 12 - 100);
  });

  it('shows a panel half under the fold', () => {
    expect(revealBy(view, { top: 600, bottom: 650 }, 200)).toBe(600 + 200 + 12 - 700);
  });
});
