import '@vitest/web-worker';
import { wrap, type Remote } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import type { OrchestratorApi } from './protocol';

const worker = new Worker(new URL('./orchestrator.worker.ts', import.meta.url), { type: 'module' });
const api: Remote<OrchestratorApi> = wrap<OrchestratorApi>(worker);
afterAll(() => worker.terminate());

describe('the worker entry', () => {
  it('answers through comlink: open, edit, analyse, lanes', async () => {
    const story = storyOf({
      events: [
        { id: 'storm', time: 5 },
        { id: 'flood', time: 4 },
      ],
      links: [{ from: 'storm', to: 'flood' }],
    });
    await api.open(story, 1);
    expect((await api.analyze(1)).conflicts.map((c) => c.type)).toEqual(['temporal-paradox']);
    await api.edit([{ kind: 'set-event-field', eventId: 'flood', field: 'time', value: 6 }], 2);
    expect((await api.analyze(2)).conflicts).toEqual([]);
    const lanes = await api.lanes(2);
    expect(lanes.positions).toBeInstanceOf(Float64Array);
    expect(lanes.positions.length).toBe(4);
  });

  it('rejects a stale revision with an error the main thread recognises', async () => {
    await expect(api.analyze(1)).rejects.toMatchObject({ name: 'StaleRevisionError' });
  });
});
