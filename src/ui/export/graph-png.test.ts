import { describe, expect, it } from 'vitest';
import { laneRows } from './graph-png';

describe('the lanes of a PNG picture', () => {
  const lanes = [
    { label: 'Scene', y1: -100, y2: 100 },
    { label: 'Arc', y1: 100, y2: 250 },
    { label: 'Saga', y1: 400, y2: 500 },
  ];

  it('map each lane to the rows of the picture, scaled as the graph is drawn', () => {
    // Whole story: the picture starts at the top of the graph (y = -100) and is drawn at 2 px per unit.
    expect(laneRows(lanes, (y) => (y + 100) * 2, 1200)).toEqual([
      { label: 'Scene', top: 0, bottom: 400 },
      { label: 'Arc', top: 400, bottom: 700 },
      { label: 'Saga', top: 1000, bottom: 1200 },
    ]);
  });

  it('clip lanes to a view that shows part of them, and leave out those it does not show', () => {
    // A view from y = 0 to y = 300 at 1 px per unit.
    expect(laneRows(lanes, (y) => y, 300)).toEqual([
      { label: 'Scene', top: 0, bottom: 100 },
      { label: 'Arc', top: 100, bottom: 250 },
    ]);
  });
});
