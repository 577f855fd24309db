import { describe, expect, it } from 'vitest';
import { settlePan } from './settle-pan';

const viewport = { width: 800, height: 500 };
const pad = { left: 100, top: 30, right: 10, bottom: 5 };
// A story 2,000 wide and 1,000 high in model space, shown at zoom 1: larger than the view both ways.
const box = { x1: 0, y1: 0, x2: 2000, y2: 1000 };

describe('settling the pan after framing events', () => {
  it('closes a blank band above the first lane by moving the story up to the ruler', () => {
    // Framing events 50 units below the top centred them, leaving the lanes' top at y=200 on screen.
    const settled = settlePan({ x: -300, y: 200 }, 1, box, viewport, pad);
    expect(settled.y).toBe(30);
    expect(settled.x).toBe(-300);
  });

  it('closes a blank strip below the last lane and right of the last event', () => {
    const settled = settlePan({ x: -1500, y: -700 }, 1, box, viewport, pad);
    // Bottom edge: -700 + 1000 = 300 on screen, room ends at 495: moved down by 195.
    expect(settled.y).toBe(-505);
    // Right edge: -1500 + 2000 = 500, room ends at 790: moved right by 290.
    expect(settled.x).toBe(-1210);
  });

  it('keeps every framed event on screen: a framed node at the top edge stays inside', () => {
    const framedTopOnScreen = 20 + 200; // node 20 units below the story's top, pan y 200
    const settled = settlePan({ x: -300, y: 200 }, 1, box, viewport, pad);
    const after = 20 + settled.y;
    expect(after).toBeGreaterThanOrEqual(pad.top);
    expect(after).toBeLessThan(framedTopOnScreen);
  });

  it('leaves a story that fits where the fit centred it', () => {
    const small = { x1: 0, y1: 0, x2: 300, y2: 200 };
    expect(settlePan({ x: 250, y: 150 }, 1, small, viewport, pad)).toEqual({ x: 250, y: 150 });
  });

  it('works in screen units at any zoom', () => {
    // At zoom 0.5 the story is 1,000 × 500 on screen: still taller than the 465 px of room.
    const settled = settlePan({ x: 0, y: 100 }, 0.5, box, viewport, pad);
    expect(settled.y).toBe(30);
  });

  it('leaves a pan with no gap alone', () => {
    expect(settlePan({ x: -500, y: -200 }, 1, box, viewport, pad)).toEqual({ x: -500, y: -200 });
  });
});
