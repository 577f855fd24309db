import { afterEach, describe, expect, it, vi } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import { createBrowserWorkerHost } from './browser-worker-host';
import { resetWorkersUsable } from './worker-start';

afterEach(() => {
  vi.unstubAllGlobals();
  resetWorkersUsable();
});

const story = storyOf({
  events: [
    { id: 'storm', time: 5 },
    { id: 'flood', time: 4 },
  ],
  links: [{ from: 'storm', to: 'flood' }],
});

describe('the analysis host of the app', () => {
  it('analyses on this thread when the browser refuses to construct a worker, and does not ask again', async () => {
    let attempts = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          attempts++;
          throw new DOMException('Worker creation blocked by the content security policy', 'SecurityError');
        }
      },
    );
    for (let i = 0; i < 2; i++) {
      const host = createBrowserWorkerHost(() => {});
      await host.port.open(story, 1);
      expect((await host.port.analyze(1)).conflicts.map((c) => c.type)).toEqual(['temporal-paradox']);
      host.terminate();
    }
    expect(attempts).toBe(1);
  });

  it('analyses on this thread where there are no workers at all', async () => {
    const host = createBrowserWorkerHost(() => {});
    await host.port.open(story, 1);
    expect((await host.port.analyze(1)).conflicts).toHaveLength(1);
  });
});
