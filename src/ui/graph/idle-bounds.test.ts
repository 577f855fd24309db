import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRAPH_STYLESHEET } from './graph-stylesheet';
import { BOUNDS_SLICE, settleBoundsWhenIdle, type IdleDeadline, type ScheduleIdle } from './idle-bounds';
import { hasBounds } from './settled-bounds';

/** A headless canvas with `events` events in a row, each linked to the next. */
function chain(events: number) {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < events; i++) {
    elements.push({ group: 'nodes', data: { id: `e${i}`, label: `Event ${i}`, size: 16 }, position: { x: i * 40, y: 0 } });
    if (i > 0) elements.push({ group: 'edges', data: { id: `l${i}`, source: `e${i - 1}`, target: `e${i}`, width: 2 } });
  }
  return cytoscape({ headless: true, styleEnabled: true, style: GRAPH_STYLESHEET, elements });
}

/** Idle periods handed out by the test: each callback waits until `idle(ms)` runs it with that much time left. */
function fakeIdle() {
  const waiting: ((deadline: IdleDeadline) => void)[] = [];
  const schedule: ScheduleIdle = (work) => {
    waiting.push(work);
    return () => waiting.splice(waiting.indexOf(work), 1);
  };
  const idle = (ms: number): boolean => {
    const work = waiting.shift();
    work?.({ timeRemaining: () => ms });
    return work !== undefined;
  };
  return { schedule, idle, waiting };
}

const ready = (cy: cytoscape.Core): number => cy.elements().filter((ele) => hasBounds(ele)).length;

describe('bounding boxes made in idle time', () => {
  it('makes every box in short slices, one per idle period the browser offers', () => {
    const cy = chain(1500); // 2,999 elements
    const { schedule, idle } = fakeIdle();
    settleBoundsWhenIdle(cy, schedule);
    expect(ready(cy)).toBe(0);
    // A period with little time left: one slice only.
    idle(1);
    expect(ready(cy)).toBe(BOUNDS_SLICE);
    idle(1);
    expect(ready(cy)).toBe(2 * BOUNDS_SLICE);
    // A long period: the rest at once, and nothing more is scheduled.
    expect(idle(1000)).toBe(true);
    expect(ready(cy)).toBe(cy.elements().length);
    expect(idle(1000)).toBe(false);
    // The boxes are Cytoscape's own.
    expect(cy.$id('l7').boundingBox()).toEqual(chain(1500).$id('l7').boundingBox());
  });

  it('stops when told to, and skips elements removed meanwhile', () => {
    const cy = chain(1500);
    const { schedule, idle, waiting } = fakeIdle();
    const stop = settleBoundsWhenIdle(cy, schedule);
    idle(1);
    stop();
    expect(waiting).toHaveLength(0);
    expect(ready(cy)).toBe(BOUNDS_SLICE);

    const again = chain(1500);
    settleBoundsWhenIdle(again, fakeIdle().schedule);
    const other = fakeIdle();
    settleBoundsWhenIdle(again, other.schedule);
    again.remove('#e1499');
    expect(() => other.idle(1000)).not.toThrow();
    expect(ready(again)).toBe(again.elements().length);
  });
});
