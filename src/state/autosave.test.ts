import { describe, expect, it } from 'vitest';
import { emptyStory } from './empty-story';
import { EMPTY_HISTORY } from './history';
import { Autosaver } from './autosave';
import { createMemoryPersistence, type SaveOptions, type StoredStory } from './persistence';
import { DEFAULT_VIEW, EMPTY_SELECTION } from './stores';

const record = (title: string): StoredStory => ({
  key: 's1',
  story: { ...emptyStory(), title },
  history: EMPTY_HISTORY,
  selection: EMPTY_SELECTION,
  view: DEFAULT_VIEW,
  updatedAt: 1,
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('autosave', () => {
  it('saves a burst of changes once, and only when the main thread is idle', async () => {
    const persistence = createMemoryPersistence();
    let title = 'first';
    const idle: (() => void)[] = [];
    const saver = new Autosaver({
      persistence,
      snapshot: () => record(title),
      onError: () => {},
      onSaved: () => {},
      delayMs: 1,
      whenIdle: (run) => {
        idle.push(run);
        return () => idle.splice(idle.indexOf(run), 1);
      },
    });
    saver.schedule();
    title = 'second';
    saver.schedule();
    await pause(20);
    // The delay is over, but the page is busy: nothing written yet.
    expect(persistence.records.size).toBe(0);
    expect(idle).toHaveLength(1);
    idle[0]!();
    await saver.flush();
    expect(persistence.records.get('s1')?.story.title).toBe('second');
  });

  it('writes at once when flushed (the page is going away), without waiting for idle time', async () => {
    const persistence = createMemoryPersistence();
    const saver = new Autosaver({ persistence, snapshot: () => record('now'), onError: () => {}, onSaved: () => {}, delayMs: 1, whenIdle: () => () => {} });
    saver.schedule();
    await pause(10);
    await saver.flush();
    expect(persistence.records.get('s1')?.story.title).toBe('now');
  });

  it('prepares an idle-time save in slices that wait for idle time, until a flush makes them go on at once', async () => {
    const memory = createMemoryPersistence();
    const calls: (SaveOptions | undefined)[] = [];
    const persistence = { ...memory, saveStory: (r: StoredStory, o?: SaveOptions) => (calls.push(o), memory.saveStory(r, o)) };
    const idle: (() => void)[] = [];
    const saved: string[] = [];
    let title = 'idle';
    const saver = new Autosaver({
      persistence,
      snapshot: () => record(title),
      onError: () => {},
      onSaved: (r) => saved.push(r.story.title),
      delayMs: 1,
      whenIdle: (run) => {
        idle.push(run);
        return () => idle.splice(idle.indexOf(run), 1);
      },
    });
    saver.schedule();
    await pause(10);
    idle.shift()!();
    await pause(0);
    const slices = calls[0]?.slices;
    expect(slices).toBeDefined();
    // A pause between slices waits for the next idle callback...
    let resumed = false;
    void slices!.pause()!.then(() => (resumed = true));
    await pause(0);
    expect(resumed).toBe(false);
    expect(idle).toHaveLength(1);
    // ...unless someone flushes: then it goes on at once, and so does every later slice of that save.
    title = 'flushed';
    saver.schedule();
    await saver.flush();
    expect(resumed).toBe(true);
    expect(idle).toHaveLength(0);
    expect(slices!.pause()).toBeUndefined();
    // The flush's own save is not sliced; both saves land, oldest first.
    expect(calls[1]?.slices).toBeUndefined();
    expect(saved).toEqual(['idle', 'flushed']);
    expect(memory.records.get('s1')?.story.title).toBe('flushed');
  });
});
