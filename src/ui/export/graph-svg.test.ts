import { describe, expect, it } from 'vitest';
import { graphSvg, printScale, type GraphPicture } from './graph-svg';

const picture: GraphPicture = {
  title: 'Storm & <Sea>',
  scope: 'Whole story',
  nodes: [
    { id: 'a', x: 0, y: 0, size: 30, title: 'The storm breaks', category: 'temporal' },
    { id: 'b', x: 200, y: 50, size: 30, title: 'Mara "drowns"', category: null },
    { id: 'far', x: 5000, y: 5000, size: 30, title: 'Far away', category: null },
  ],
  edges: [
    { from: 'a', to: 'b', kind: 'causes', category: null },
    { from: 'b', to: 'b', kind: 'enables', category: 'causal' },
  ],
  box: { x1: -20, y1: -20, x2: 5020, y2: 5020 },
};

describe('the graph as an SVG picture', () => {
  it('holds every event title, escaped, and a legend of the conflict colours and link kinds', () => {
    const svg = graphSvg(picture);
    expect(svg).toContain('>The storm breaks<');
    expect(svg).toContain('>Mara &quot;drowns&quot;<');
    expect(svg).toContain('>Storm &amp; &lt;Sea&gt;<');
    for (const label of ['Legend', 'Temporal conflict', 'Causal conflict', 'Event without conflict', 'causes', 'enables', 'motivates']) {
      expect(svg).toContain(`>${label}<`);
    }
    expect(svg).toContain('3 events · 2 links');
  });

  it('shows only what lies in the box for the current view', () => {
    const svg = graphSvg({ ...picture, scope: 'Current view', box: { x1: -20, y1: -20, x2: 300, y2: 100 } });
    expect(svg).not.toContain('Far away');
    expect(svg).toContain('2 events · 2 links');
  });

  it('is well-formed XML', () => {
    const svg = graphSvg(picture);
    // Every element opened is closed: count tags without a DOM parser.
    const opened = (svg.match(/<(?!\/|\?|!)[a-zA-Z]+[^>]*[^/]>/g) ?? []).length;
    const closed = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('scales bitmaps to print resolution: about 3,508 px on the long side, never over 16,000', () => {
    expect(printScale(1000, 500)).toBeCloseTo(3.508);
    expect(printScale(100, 400)).toBeCloseTo(8.77);
    expect(printScale(3000, 2000)).toBe(2);
    expect(printScale(20_000, 100)).toBeCloseTo(0.8);
  });
});
