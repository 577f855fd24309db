import { afterEach, describe, expect, it } from 'vitest';
import { togglePresenter } from './demo-view-store';
import { choose, startPlay, stopPlay } from './play-commands';
import { startStudioWithFixture, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

async function ferry(): Promise<void> {
  studio = await startStudioWithFixture('play-through');
}

/** The view a reload would find for the open story. */
async function storedView() {
  // Views are written in the task of the change; their promise settles in a microtask or two.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const stored = await s().storage.loadView(s().document.getState().storyKey);
  return stored?.view ?? expect.unreachable('no view stored');
}

describe('the view saved for a reload', () => {
  it('during play keeps the impact view from before play: a reload shows no ripple of a path it forgot', async () => {
    await ferry();
    s().view.setState({ impact: null });
    startPlay(s());
    choose(s(), 'dock');
    expect(s().view.getState().impact?.sourceId).toBe('dock');
    expect((await storedView()).impact).toBeNull();
    s().view.setState({ layout: 'layered' });
    expect(await storedView()).toMatchObject({ layout: 'layered', impact: null });
    stopPlay(s());
    expect((await storedView()).impact).toBeNull();
  });

  it('keeps an impact view that was shown before play began', async () => {
    await ferry();
    const before = { sourceId: 'dock', direction: 'backward' as const, minImpact: 0.2 };
    s().view.setState({ impact: before });
    startPlay(s());
    choose(s(), 'dock');
    expect((await storedView()).impact).toEqual(before);
  });

  it('in presenter view keeps the zoom and pan from before it: a reload does not come back zoomed in', async () => {
    await ferry();
    s().view.setState({ zoom: 0.8, pan: { x: 10, y: 20 } });
    togglePresenter(s());
    s().view.setState({ zoom: 2.4, pan: { x: -300, y: -40 } });
    expect(await storedView()).toMatchObject({ zoom: 0.8, pan: { x: 10, y: 20 } });
    togglePresenter(s());
    s().view.setState({ zoom: 0.9, pan: { x: 5, y: 6 } });
    expect(await storedView()).toMatchObject({ zoom: 0.9, pan: { x: 5, y: 6 } });
  });
});
