import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import { edit, undo } from './document-commands';
import { fetchAnalysis } from './fetchers';
import { createInProcessHost } from './in-process-host';
import { createStudio, type Studio } from './studio';
import { startTestStudio, testStudioOptions } from './test-studio';

const started: Studio[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(started.splice(0).map((s) => s.dispose()));
});

const moveFlood = (time: number): EditOp => ({ kind: 'set-event-field', eventId: 'flood', field: 'time', value: time });
const floodTime = (s: Studio): number | undefined => s.document.getState().story.events.find((e) => e.id === 'flood')?.time;

describe('two studios', () => {
  it('share nothing: an edit, its undo step, its notices and its results stay in the studio that made them', async () => {
    const a = await startTestStudio();
    const b = await startTestStudio();
    started.push(a, b);
    const before = floodTime(b);
    expect(edit(a, moveFlood(42))).toBe(true);
    expect(edit(a, { kind: 'remove-event', eventId: 'no-such-event' })).toBe(false);

    expect(floodTime(a)).toBe(42);
    expect(floodTime(b)).toBe(before);
    expect(b.document.getState().canUndo).toBe(false);
    expect(undo(b)).toBe(false);
    expect(a.notices.getState().notices.map((n) => n.kind)).toContain('error');
    expect(b.notices.getState().notices).toEqual([]);
    // Each has its own worker, holding its own story.
    expect((await fetchAnalysis(b, b.document.getState().revision)).value.stats.events).toBe(b.document.getState().story.events.length);
    const aKeys = a.queryClient.getQueryCache().getAll().map((q) => JSON.stringify(q.queryKey));
    expect(aKeys.length).toBeGreaterThan(0);
    expect(b.queryClient.getQueryCache().getAll().some((q) => aKeys.includes(JSON.stringify(q.queryKey)))).toBe(false);
  });
});

describe('disposing a studio', () => {
  it('leaves no timer running and no subscription listening', async () => {
    vi.useFakeTimers();
    let hold = false;
    const studio = createStudio({
      ...testStudioOptions(),
      workerHost: () => {
        const host = createInProcessHost();
        // While `hold` is set the worker keeps its answers: requests wait and the heartbeat runs.
        const port = {
          ...host.port,
          analyze: (r: number) => (hold ? new Promise<never>(() => {}) : host.port.analyze(r)),
          analysisDelta: (from: number, r: number) => (hold ? new Promise<never>(() => {}) : host.port.analysisDelta(from, r)),
        };
        return { ...host, port };
      },
    });
    await studio.start();
    await studio.flush();
    hold = true;
    const waiting = fetchAnalysis(studio, studio.document.getState().revision).catch((e: unknown) => e);
    edit(studio, moveFlood(7));
    // The autosave's delay and the worker's heartbeat are running now.
    expect(vi.getTimerCount()).toBeGreaterThanOrEqual(2);
    studio.overlay.setState({ hoveredReach: 'flood' });

    await studio.dispose();

    expect(vi.getTimerCount()).toBe(0);
    expect(await waiting).toBeInstanceOf(Error);
    // Nothing listens to the stores any more: a new story and revision neither prefetch nor clear overlays.
    studio.document.setState({ storyKey: 'another', revision: 1000 });
    expect(studio.queryClient.getQueryCache().getAll()).toEqual([]);
    expect(studio.overlay.getState().hoveredReach).toBe('flood');
    // Its edits after disposal go nowhere: no worker, no storage.
    expect(studio.session.client).toBeNull();
    expect(studio.session.persistence).toBeNull();
  });

  it('while still starting ends once the start finished, and starts nothing after', async () => {
    const studio = createStudio(testStudioOptions());
    const starting = studio.start();
    const disposed = studio.dispose();
    await starting;
    await disposed;
    expect(studio.session.client).toBeNull();
    expect(studio.library.getState().status).toBe('ready');
  });
});
