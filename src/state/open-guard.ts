import { isStaleRevisionError } from '../worker/protocol';
import { fetchAnalysis } from './fetchers';
import { notify } from './notices';
import type { StoredStory } from './persistence';
import { activate, session } from './session';
import { documentStore } from './stores';
import { storySizeProblem } from './story-limits';

/**
 * Opening a story that crashes the tab (too big, or a bug) must not crash every
 * start after it. So a story becomes the one opened at start only after it has
 * shown its first analysis; while it opens, an "opening" marker is stored first.
 * A marker still there at the next start means that open never finished: the
 * studio then starts in safe mode (library only, see studio.ts).
 */

function frame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else resolve();
  });
}

/** Resolves once the story `key` has its analysis for the current revision and a frame was painted after it. */
async function shown(key: string): Promise<boolean> {
  for (;;) {
    const d = documentStore.getState();
    if (d.storyKey !== key) return false;
    try {
      await fetchAnalysis(d.revision);
      break;
    } catch (e) {
      // The story changed meanwhile: its newer revision answers instead.
      if (!isStaleRevisionError(e)) return false;
    }
  }
  await frame();
  await frame();
  return documentStore.getState().storyKey === key;
}

/** localStorage key: the story whose open was still under way when the page was left (reload, close). */
const INTERRUPTED = 'arc-studio:open-interrupted';
/** The story being opened right now, until its first analysis has been shown. */
let openingKey: string | undefined;
let unloadWatched = false;

/**
 * A reload or close while a story opens is not a crash: pagehide runs (a crashed or
 * killed renderer runs nothing), so it notes the story, synchronously, in localStorage
 * (an IndexedDB write could not land this late).
 */
function watchUnload(): void {
  if (unloadWatched || typeof addEventListener !== 'function') return;
  unloadWatched = true;
  addEventListener('pagehide', () => {
    if (openingKey === undefined) return;
    try {
      localStorage.setItem(INTERRUPTED, openingKey);
    } catch {
      // Without localStorage a quick reload during an open shows safe mode once: safe, if cautious.
    }
  });
}

/** True (once) when the open of `key` was cut short by leaving the page rather than by a crash. */
export function takeInterruptedOpen(key: string): boolean {
  try {
    const noted = localStorage.getItem(INTERRUPTED);
    localStorage.removeItem(INTERRUPTED);
    return noted === key;
  } catch {
    return false;
  }
}

/**
 * Opens a record with the guard: refuses a story beyond the limits, stores the
 * opening marker (and waits for it to land), opens the story, and once it has
 * shown, makes it the story opened at start. False when refused.
 */
export async function openGuarded(record: StoredStory): Promise<boolean> {
  const tooBig = storySizeProblem(record.story);
  if (tooBig) {
    notify('error', `"${record.story.title}" was not opened. ${tooBig}`);
    return false;
  }
  const persistence = session.persistence;
  const meta = await persistence?.loadMeta().catch(() => ({})) ?? {};
  await persistence?.saveMeta({ ...meta, opening: { key: record.key, title: record.story.title } }).catch(() => {
    // Storage failing is reported by the writes of the story itself; without it there is no next start to protect.
  });
  watchUnload();
  openingKey = record.key;
  activate(record);
  const confirmed = confirmWhenShown(record.key);
  holdWhileOpening(record.key, confirmed);
  confirming = Promise.allSettled([confirming, confirmed]);
  return true;
}

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: readonly { name?: string }[] }>;
}

function locks(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

const lockName = (key: string): string => `arc-studio-opening:${key}`;

/**
 * Holds a Web Lock while the story opens. A tab that crashes loses its locks, so at
 * start a marker whose lock is still held belongs to another tab opening that story
 * right now, not to a failed open.
 */
function holdWhileOpening(key: string, until: Promise<unknown>): void {
  void locks()?.request(lockName(key), () => until).catch(() => {});
}

/** True when another live tab is opening `key` at this moment (see holdWhileOpening). */
export async function openingElsewhere(key: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  try {
    const state = await manager.query();
    return (state.held ?? []).some((l) => l.name === lockName(key));
  } catch {
    return false;
  }
}

let confirming: Promise<unknown> = Promise.resolve();

/** Resolves once every open so far has been confirmed (or found not shown): tests and shutdown. */
export async function openConfirmed(): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = confirming;
    await seen;
  } while (seen !== confirming);
}

async function confirmWhenShown(key: string): Promise<void> {
  if (!(await shown(key).catch(() => false))) return;
  await session.persistence?.saveMeta({ activeKey: key }).catch(() => {});
  if (openingKey === key) openingKey = undefined;
}
