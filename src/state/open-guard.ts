import { isStaleRevisionError } from '../worker/protocol';
import { notify } from './notices';
import { ensureAnalysis } from './queries';
import type { StoredStory } from './persistence';
import { activate } from './session';
import type { Studio } from './studio-context';
import { storyBeyondLimits } from './story-limits';

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
async function shown(s: Studio, key: string): Promise<boolean> {
  for (;;) {
    const d = s.document.getState();
    if (d.storyKey !== key) return false;
    try {
      await ensureAnalysis(s, key, d.revision);
      break;
    } catch (e) {
      // The story changed meanwhile: its newer revision answers instead.
      if (!isStaleRevisionError(e)) return false;
    }
  }
  await frame();
  await frame();
  return s.document.getState().storyKey === key;
}

/** localStorage key: the story whose open was still under way when the page was left (reload, close). */
const INTERRUPTED = 'arc-studio:open-interrupted';

/**
 * A reload or close while a story opens is not a crash: pagehide runs (a crashed or
 * killed renderer runs nothing), so the studio's pagehide handler calls this to note the
 * story, synchronously, in localStorage (an IndexedDB write could not land this late).
 */
export function noteInterruptedOpen(s: Studio): void {
  const key = s.session.openingKey;
  if (key === undefined) return;
  try {
    globalThis.localStorage?.setItem(INTERRUPTED, key);
  } catch {
    // Without localStorage a quick reload during an open shows safe mode once: safe, if cautious.
  }
}

/** True (once) when the open of `key` was cut short by leaving the page rather than by a crash. */
export function takeInterruptedOpen(key: string): boolean {
  try {
    const noted = globalThis.localStorage?.getItem(INTERRUPTED);
    globalThis.localStorage?.removeItem(INTERRUPTED);
    return noted === key;
  } catch {
    return false;
  }
}

/**
 * Opens a record with the guard: tells when the story has grown beyond the limits
 * (story-limits.ts; it opens all the same), stores the opening marker (and waits for it
 * to land), opens the story, and once it has shown, makes it the story opened at start.
 * True once it is opening.
 */
export async function openGuarded(s: Studio, record: StoredStory): Promise<boolean> {
  const beyond = storyBeyondLimits(record.story.title, record.story);
  if (beyond) notify(s, 'info', beyond);
  const persistence = s.session.persistence;
  const meta = await persistence?.loadMeta().catch(() => ({})) ?? {};
  await persistence?.saveMeta({ ...meta, opening: { key: record.key, title: record.story.title } }).catch(() => {
    // Storage failing is reported by the writes of the story itself; without it there is no next start to protect.
  });
  s.session.openingKey = record.key;
  activate(s, record);
  const confirmed = confirmWhenShown(s, record.key);
  holdWhileOpening(record.key, confirmed);
  s.session.confirming = Promise.allSettled([s.session.confirming, confirmed]);
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

/** Resolves once every open so far has been confirmed (or found not shown): tests and shutdown. */
export async function openConfirmed(s: Studio): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = s.session.confirming;
    await seen;
  } while (seen !== s.session.confirming);
}

async function confirmWhenShown(s: Studio, key: string): Promise<void> {
  if (!(await shown(s, key).catch(() => false))) return;
  await s.session.persistence?.saveMeta({ activeKey: key }).catch(() => {});
  if (s.session.openingKey === key) s.session.openingKey = undefined;
}
