import { describe, expect, it } from 'vitest';
import { buildStoryIndex } from '../analysis/story-index';
import { storyOf, type EventSketch } from '../testing/story-builder';
import { tensionSeries } from './tension';
import { tensionSvg } from './tension-svg';
import { timeLabel } from './timeline-ticks';

function curveOf(events: readonly EventSketch[]): string {
  return tensionSvg(tensionSeries(buildStoryIndex(storyOf({ therapy: { maxIntensity: 0.8 }, events }))));
}

/** The polyline's x coordinates as written (strings, so a mark or tick can be matched to its event exactly). */
function curveXs(svg: string): string[] {
  const points = /<polyline class="curve" points="([^"]*)"/.exec(svg)?.[1] ?? '';
  return points === '' ? [] : points.split(' ').map((pt) => pt.split(',')[0]!);
}

function timeTicks(svg: string): { x: string; label: string }[] {
  const group = /<g class="time-ticks">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text class="tick" x="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: m[1]!, label: m[2]! }));
}

describe('the report’s tension curve', () => {
  // 20 events within one hour, then one much later: against story time the 20 pile into a spike at the left edge.
  const times = [...Array.from({ length: 20 }, (_, i) => i / 20), 1000];
  const events: EventSketch[] = times.map((time, i) => ({
    id: `e${i}`,
    title: i === 20 ? 'Much later' : `Beat ${i}`,
    time,
    intensity: i === 10 ? 0.95 : 0.3,
  }));
  // File order reversed on purpose: the curve follows the timeline, not the file.
  const svg = curveOf([...events].reverse());
  const xs = curveXs(svg);

  it('places the events one step apart in timeline order, so the middle of the curve is the middle of the timeline', () => {
    expect(xs).toHaveLength(times.length);
    const steps = xs.slice(1).map((x, i) => Number(x) - Number(xs[i]));
    // Coordinates are written to a tenth, so each step may differ from the others by rounding.
    for (const step of steps) expect(Math.abs(step - steps[0]!)).toBeLessThanOrEqual(0.11);
    expect(steps[0]!).toBeGreaterThan(0);
    expect(Math.abs(Number(xs[10]) - (Number(xs[0]) + Number(xs[20])) / 2)).toBeLessThanOrEqual(0.1);
  });

  it('draws each mark at its own event’s place on the curve', () => {
    const mark = /<circle class="mark-bad" cx="([^"]+)"[^>]*><title>Beat 10: 0.95<\/title>/.exec(svg);
    expect(mark?.[1]).toBe(xs[10]);
  });

  it('labels its ticks with the story times of the events they sit on, ascending, first and last event included', () => {
    const ticks = timeTicks(svg);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const at = ticks.map((t) => xs.indexOf(t.x));
    expect(at.every((i) => i >= 0)).toBe(true);
    for (let k = 0; k < ticks.length; k++) expect(ticks[k]!.label).toBe(timeLabel(times[at[k]!]!));
    for (let k = 1; k < at.length; k++) expect(times[at[k]!]!).toBeGreaterThan(times[at[k - 1]!]!);
    expect(at[0]).toBe(0);
    expect(at.at(-1)).toBe(times.length - 1);
    // The dense hour holds 20 of the 21 events, so it gets most of the ticks, not one crowded corner.
    expect(at.filter((i) => times[i]! < 1).length).toBeGreaterThan(ticks.length / 2);
  });

  it('says in its accessible name that the events are in timeline order and which story times they span', () => {
    const name = /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(name).toContain('21 events in timeline order');
    expect(name).toContain(`from story time ${timeLabel(0)} to ${timeLabel(1000)}`);
    expect(svg).toContain('role="img"');
  });

  it('names the story’s time unit in its axis title, escaped', () => {
    const series = tensionSeries(buildStoryIndex(storyOf({ events: [{ id: 'a', time: 0 }, { id: 'b', time: 3 }] })));
    expect(tensionSvg(series, 'day')).toContain('Story time (day) ·');
    expect(tensionSvg(series, '<b>beat</b>')).toContain('Story time (&lt;b&gt;beat&lt;/b&gt;) ·');
  });

  it('stays a self-contained picture with the story’s text escaped', () => {
    const odd = curveOf([{ id: 'x', title: '<script>alert(1)</script>', time: 1, intensity: 0.95 }]);
    expect(odd).not.toContain('<script');
    expect(odd).not.toMatch(/\s(src|href)=/);
  });

  it('copes with one event (in the middle, one tick) and with none (no curve, no ticks)', () => {
    const one = curveOf([{ id: 'a', time: 7, intensity: 0.5 }]);
    expect(curveXs(one)).toHaveLength(1);
    expect(timeTicks(one).map((t) => [t.x, t.label])).toEqual([[curveXs(one)[0], timeLabel(7)]]);
    const none = curveOf([]);
    expect(curveXs(none)).toEqual([]);
    expect(timeTicks(none)).toEqual([]);
  });
});
