import { describe, expect, it } from 'vitest';
import { emptyStory } from './empty-story';
import { EMPTY_HISTORY } from './history';
import { Autosaver } from './autosave';
import { createMemoryPersistence, type StoredStory } from './persistence';
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
});
