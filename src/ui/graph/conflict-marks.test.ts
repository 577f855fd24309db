import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../core/analysis/conflict';
import { conflictMarks } from './conflict-marks';

const conflict = (id: string, category: Conflict['category'], severity: number, events: string[], links: string[] = []): Conflict =>
  ({ id, type: 'scale-jump', category, severity, events, links, scales: [], message: id, subjects: [] }) as Conflict;

describe('what the canvas marks on each event and link', () => {
  it('counts each conflict once per event, even when it names the event twice, and shows the most severe category', () => {
    const marks = conflictMarks([
      conflict('a', 'scale', 0.5, ['storm', 'flood', 'storm'], ['storm->flood', 'storm->flood']),
      conflict('b', 'temporal', 0.9, ['flood']),
    ]);
    expect(marks.events.get('storm')).toMatchObject({ count: 1, category: 'scale' });
    expect(marks.events.get('flood')).toMatchObject({ count: 2, category: 'temporal' });
    expect(marks.links.get('storm->flood')).toMatchObject({ count: 1, category: 'scale' });
  });

  it('counts a long conflict (a cycle through many events) once per event too', () => {
    const ring = Array.from({ length: 40 }, (_, i) => `e${i}`);
    const marks = conflictMarks([conflict('cycle', 'causal', 1, [...ring, 'e0'])]);
    expect(marks.events.size).toBe(40);
    expect(marks.events.get('e0')?.count).toBe(1);
  });
});
