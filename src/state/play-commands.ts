import { edit } from './document-commands';
import { notify } from './notices';
import type { Studio } from './studio-context';
import { DEFAULT_MIN_IMPACT } from './types';

/** Key under story.extra where a played path is saved with the story. */
export const PLAYED_PATH_KEY = 'playedPath';

/** A path saved with the story, as kept in story.extra.playedPath. */
export interface SavedPath {
  readonly path: readonly string[];
  /** ISO 8601 date-time. */
  readonly savedAt: string;
}

/** The ripple of the event just entered plays on the canvas (forward, the default threshold, any depth). */
function showStepRipple(s: Studio, path: readonly string[]): void {
  const last = path[path.length - 1];
  s.view.setState({ impact: last === undefined ? null : { sourceId: last, direction: 'forward', minImpact: DEFAULT_MIN_IMPACT } });
}

function setPath(s: Studio, path: readonly string[]): void {
  s.play.setState({ path });
  showStepRipple(s, path);
}

/** Switches into play mode with an empty path (the start events are the first choices). */
export function startPlay(s: Studio): void {
  if (s.play.getState().active) return;
  s.play.setState({ active: true, path: [], impactBefore: s.view.getState().impact }, true);
}

/** Leaves play mode; the impact view is as it was before. */
export function stopPlay(s: Studio): void {
  const { active, impactBefore } = s.play.getState();
  if (!active) return;
  s.play.setState({ active: false, path: [], impactBefore: null }, true);
  s.view.setState({ impact: impactBefore });
}

/** Play mode on or off. */
export function togglePlay(s: Studio): void {
  if (s.play.getState().active) stopPlay(s);
  else startPlay(s);
}

/** Enters `eventId` (a start event on an empty path, else the target of one of the current choices). */
export function choose(s: Studio, eventId: string): void {
  setPath(s, [...s.play.getState().path, eventId]);
}

/** Removes the last event of the path; false when the path is empty. */
export function stepBack(s: Studio): boolean {
  const { path } = s.play.getState();
  if (path.length === 0) return false;
  setPath(s, path.slice(0, -1));
  return true;
}

/** Empties the path. */
export function restartPlay(s: Studio): void {
  setPath(s, []);
}

/** Reads a saved path from story.extra; undefined when there is none or it is unreadable. */
export function savedPathOf(extra: Readonly<Record<string, unknown>> | undefined): SavedPath | undefined {
  const raw = extra?.[PLAYED_PATH_KEY];
  if (raw === null || typeof raw !== 'object') return undefined;
  const { path, savedAt } = raw as { path?: unknown; savedAt?: unknown };
  if (!Array.isArray(path) || !path.every((p): p is string => typeof p === 'string')) return undefined;
  return { path, savedAt: typeof savedAt === 'string' ? savedAt : '' };
}

/** Saves the current path with the story (one undoable edit); false when the path is empty. */
export function savePlayedPath(s: Studio): boolean {
  const { path } = s.play.getState();
  if (path.length === 0) return false;
  const value: SavedPath = { path: [...path], savedAt: new Date().toISOString() };
  return edit(s, { kind: 'set-extra', key: PLAYED_PATH_KEY, value }, 'save played path');
}

/**
 * Replays the saved path: it becomes the current path one step at a time (`stepMs`
 * apart, so the audience sees each ripple). Events no longer in the story end the
 * replay there, with a notice naming the missing one. Returns a function that stops it.
 */
export function replaySavedPath(s: Studio, stepMs = 900): () => void {
  const saved = savedPathOf(s.document.getState().story.extra);
  if (!saved) {
    notify(s, 'info', 'This story has no saved play-through yet.');
    return () => {};
  }
  const ids = new Set(s.document.getState().story.events.map((e) => e.id));
  const missing = saved.path.findIndex((id) => !ids.has(id));
  const playable = missing === -1 ? saved.path : saved.path.slice(0, missing);
  if (missing !== -1) notify(s, 'error', `The saved play-through stops at step ${missing + 1}: event "${saved.path[missing]}" is no longer in the story.`);
  startPlay(s);
  setPath(s, playable.slice(0, 1));
  s.session.replayStop?.();
  let step = 1;
  const timer = setInterval(() => {
    if (step >= playable.length || !s.play.getState().active) {
      stop();
      return;
    }
    step += 1;
    setPath(s, playable.slice(0, step));
  }, stepMs);
  function stop(): void {
    clearInterval(timer);
    if (s.session.replayStop === stop) s.session.replayStop = undefined;
  }
  // The studio stops a replay still running when it is disposed.
  s.session.replayStop = stop;
  return stop;
}
