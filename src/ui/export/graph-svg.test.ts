import { describe, expect, it } from 'vitest';
import { graphSvg, printScale, type GraphPicture } from './graph-svg';

const picture: GraphPicture = {
  title: 'Storm & <Sea>',
  scope: 'Whole story',
  nodes: [
    { id: 'a', x: 0, y: 0, size: 30, title: 'The storm breaks', label: 'The storm breaks', category: 'temporal' },
    { id: 'b', x: 200, y: 50, size: 30, title: 'Mara "drowns"', label: 'Mara "drowns"', category: null },
    { id: 'far', x: 5000, y: 5000, size: 30, title: 'Far away', label: 'Far away', category: null },
  ],
  edges: [
    { from: 'a', to: 'b', kind: 'causes', category: null },
    { from: 'b', to: 'b', kind: 'enables', category: 'causal' },
  ],
  lanes: [],
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

  it('draws each label beside its event as the canvas does, on its two lines, the whole title kept as the tooltip', () => {
    const long = 'Elin tells Ruth about the missed radio call that night';
    const svg = graphSvg({
      ...picture,
      nodes: [{ id: 'r', x: 100, y: 40, size: 30, title: long, label: 'Elin tells Ruth about\nthe missed radio… ⚠1', category: null }],
      edges: [],
    });
    expect(svg).toContain(`<title>${long}</title>`);
    const text = svg.match(/<text x="(\d+)" y="40" dominant-baseline="central"[^>]*>(.*?)<\/text>/)!;
    // Right of the node's rim (100 + 15), not centred under it.
    expect(Number(text[1])).toBeGreaterThan(115);
    expect([...text[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1])).toEqual(['Elin tells Ruth about', 'the missed radio… ⚠1']);
  });

  it('draws the lanes behind the events with their names in a gutter at the left', () => {
    const svg = graphSvg({ ...picture, lanes: [{ label: 'Scene (hours)', y1: -20, y2: 60 }, { label: 'Saga', y1: 60, y2: 120 }] });
    expect(svg).toContain('>SCENE (HOURS)<');
    expect(svg).toContain('>SAGA<');
    expect(svg.match(/<g class="lane">/g)).toHaveLength(2);
    // The events start right of the gutter: the first event's circle is past it.
    const cx = Number(svg.match(/<circle cx="([\d.]+)"/)![1]);
    const shift = Number(svg.match(/<g transform="translate\(([\d.-]+),/)![1]);
    expect(cx + shift).toBeGreaterThan(130);
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
