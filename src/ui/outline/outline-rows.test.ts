import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../core/model/story';
import type { OutlineGroup } from './filter-events';
import { filterOutline, NO_FILTERS } from './filter-events';
import { outlineRows } from './outline-rows';

const ev = (id: string): StoryEvent => ({ id, title: id, scale: 's', time: 0, duration: 0, participants: [], themes: {}, intensity: 0, tags: [], effects: {} });

describe('outlineRows', () => {
  it('puts each scale heading before its events and numbers the events across groups', () => {
    const r = outlineRows([
      { scale: 'scene', label: 'Scene', events: [ev('a'), ev('b')], total: 3 },
      { scale: 'arc', label: 'Arc', events: [], total: 2 },
      { scale: 'saga', label: 'Saga', events: [ev('c')], total: 1 },
    ]);
    expect(r.rows.map((x) => (x.kind === 'head' ? `#${x.label} ${x.shown}/${x.total}` : x.event.id))).toEqual(['#Scene 2/3', 'a', 'b', '#Arc 0/2', '#Saga 1/1', 'c']);
    expect(r.eventCount).toBe(3);
    expect(r.indexOf('c')).toBe(5);
    expect(r.indexOf('gone')).toBeUndefined();
    expect([0, 1, 2, 3, 4, 5].map((i) => r.headOf(i))).toEqual([0, 0, 0, 3, 4, 4]);
    expect([1, 2, 5].map((i) => r.eventIndexOf(i))).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((k) => r.eventRow(k))).toEqual([1, 2, 5]);
  });

  it('answers for any grouping what walking the rows from the top says', () => {
    const groups = fc.array(fc.nat(4), { maxLength: 6 }).map((sizes) => {
      let n = 0;
      return sizes.map((size, g): OutlineGroup => ({ scale: `s${g}`, label: `S${g}`, events: Array.from({ length: size }, () => ev(`e${n++}`)), total: size }));
    });
    fc.assert(
      fc.property(groups, (gs) => {
        const r = outlineRows(gs);
        const eventRows = r.rows.flatMap((row, i) => (row.kind === 'event' ? [i] : []));
        expect(r.eventCount).toBe(eventRows.length);
        eventRows.forEach((row, k) => {
          expect(r.eventRow(k)).toBe(row);
          expect(r.eventIndexOf(row)).toBe(k);
          const e = r.rows[row]!;
          expect(e.kind === 'event' && r.indexOf(e.event.id)).toBe(row);
        });
        let head = 0;
        r.rows.forEach((row, i) => {
          if (row.kind === 'head') head = i;
          expect(r.headOf(i)).toBe(head);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds an event by its place in the timeline as walking the rows does, shown, filtered out or absent', () => {
    const SCALES = ['scene', 'arc', 'world'];
    const story = fc.array(fc.record({ scale: fc.nat(2), time: fc.integer({ min: 0, max: 5 }), storm: fc.boolean() }), { maxLength: 25 }).map((specs) => ({
      scales: SCALES.map((id) => ({ id, window: 10 })),
      events: specs.map((x, i): StoryEvent => ({ ...ev(`e${i}`), title: x.storm ? `Storm ${i}` : `Calm ${i}`, scale: SCALES[x.scale]!, time: x.time })),
    }));
    fc.assert(
      fc.property(story, fc.boolean(), (st, filtered) => {
        const groups = filterOutline(st, filtered ? { ...NO_FILTERS, text: 'storm' } : NO_FILTERS, new Set());
        const r = outlineRows(groups, (id) => {
          const at = st.events.findIndex((e) => e.id === id);
          const e = st.events[at];
          return e ? { scale: e.scale, time: e.time, at } : undefined;
        });
        for (const id of [...st.events.map((e) => e.id), 'gone']) {
          const walked = r.rows.findIndex((row) => row.kind === 'event' && row.event.id === id);
          expect(r.indexOf(id)).toBe(walked < 0 ? undefined : walked);
        }
      }),
      { numRuns: 300 },
    );
  });
});
