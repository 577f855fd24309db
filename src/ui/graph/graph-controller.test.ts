import { afterEach, describe, expect, it } from 'vitest';
import { clearFrame, frameEvents, setGraphInstance } from './graph-controller';
import { styledCanvas } from './testing/styled-canvas';

const framed = (cy: ReturnType<typeof styledCanvas>): string[] =>
  cy
    .nodes('.framed')
    .map((n) => n.id())
    .sort();

describe('framing the events of a conflict', () => {
  afterEach(() => setGraphInstance(null));

  it('highlights the events framed last only, and clears them', () => {
    const cy = styledCanvas();
    setGraphInstance(cy);
    frameEvents(['a', 'b']);
    expect(framed(cy)).toEqual(['e:a', 'e:b']);
    frameEvents(['b']);
    expect(framed(cy)).toEqual(['e:b']);
    clearFrame();
    expect(framed(cy)).toEqual([]);
  });

  it('starts a new canvas (the renderer switched) with nothing framed, leaving the old one alone', () => {
    const old = styledCanvas();
    setGraphInstance(old);
    frameEvents(['a']);
    const next = styledCanvas();
    setGraphInstance(next);
    frameEvents(['b']);
    expect(framed(next)).toEqual(['e:b']);
    expect(framed(old)).toEqual(['e:a']);
  });
});
