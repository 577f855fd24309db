import type { EditOp } from '../core/edits/edit-op';
import { applyEntry, loadCurrent } from './durable-log';
import { notify } from './notices';
import type { LogEntry } from './persistence';
import { commitRemote, commitStory, replaceStory, upsertEntry } from './session';
import type { Studio } from './studio-context';

/**
 * Keeps tabs on the same story in sync. Each stored change is announced on a
 * BroadcastChannel (story key, version, ops); a tab showing that story applies
 * it at once when it continues its own version, as a change of the document that
 * is not one of its undo steps (undo only takes back this tab's own edits). A tab
 * that missed a change, or whose own change lost the race for a version (the log's
 * `add` refuses it), reloads the stored story, applies its lost changes on top as
 * new changes, and says so. So neither tab overwrites the other.
 */

export interface ChangeMessage {
  readonly kind: 'change';
  readonly key: string;
  readonly version: number;
  readonly ops: readonly EditOp[];
  readonly title: string;
  readonly updatedAt: number;
}

export interface TabChannel {
  announce(entry: LogEntry): void;
  close(): void;
}

const CHANNEL = 'arc-studio-changes';

/** A channel to the other tabs of this app, or none where BroadcastChannel is missing. */
export function openTabChannel(onMessage: (m: ChangeMessage) => void): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
    if (e.data?.kind === 'change') onMessage(e.data);
  };
  return {
    announce: (entry) =>
      channel.postMessage({
        kind: 'change',
        key: entry.key,
        version: entry.version,
        ops: entry.ops,
        title: entry.title,
        updatedAt: entry.updatedAt,
      } satisfies ChangeMessage),
    close: () => channel.close(),
  };
}

/**
 * What a tab showing `open` does with a change announced by another tab:
 * 'other-story' (only its library entry changes), 'known' (this tab is there already,
 * or has its own change at that version, which will lose its race and resync),
 * 'apply' (the next version) or 'resync' (a gap: changes were missed).
 */
export function decideRemote(m: Pick<ChangeMessage, 'key' | 'version'>, open: { storyKey: string; version: number }): 'other-story' | 'known' | 'apply' | 'resync' {
  if (m.key !== open.storyKey) return 'other-story';
  if (m.version <= open.version) return 'known';
  return m.version === open.version + 1 ? 'apply' : 'resync';
}

/** Takes in another tab's change. */
export function receiveChange(s: Studio, m: ChangeMessage): void {
  const d = s.document.getState();
  const decision = decideRemote(m, d);
  if (decision === 'other-story') {
    upsertEntry(s, { key: m.key, title: m.title, updatedAt: m.updatedAt });
    return;
  }
  if (decision === 'known') return;
  const story = decision === 'apply' ? applyEntry(d.story, m) : undefined;
  // A change that does not apply here counts as no change, exactly as the stored log replays it.
  if (story) commitRemote(s, story, m.ops, m.version);
  else if (decision === 'apply') commitRemote(s, d.story, [], m.version);
  else void resync(s);
}

/** Notes a change of this tab that another tab's change beat to storage; it is re-applied on the stored story. */
export function changeLost(s: Studio, entry: LogEntry): void {
  s.session.lostChanges.push(entry);
  void resync(s);
}

/** Reloads the open story from storage and re-applies this tab's lost changes on top, once all writes in flight ended. */
export function resync(s: Studio): Promise<void> {
  s.session.resyncing ??= (async () => {
    try {
      await s.session.durable?.settled();
      await resyncNow(s);
    } finally {
      s.session.resyncing = null;
    }
  })();
  return s.session.resyncing;
}

async function resyncNow(s: Studio): Promise<void> {
  const key = s.document.getState().storyKey;
  const persistence = s.session.persistence;
  const mine = s.session.lostChanges.splice(0).filter((e) => e.key === key);
  if (!persistence || key === '') return;
  const stored = await loadCurrent(persistence, key);
  if (!stored || s.document.getState().storyKey !== key) return;
  replaceStory(s, stored.record.story, stored.record.version ?? 0);
  let dropped = 0;
  for (const entry of mine) {
    const next = applyEntry(s.document.getState().story, entry);
    if (next) commitStory(s, next, entry.ops);
    else dropped++;
  }
  if (mine.length === 0) return;
  const kept = mine.length - dropped;
  notify(s, 
    dropped === 0 ? 'info' : 'error',
    `This story was changed in another tab at the same time. The stored story was loaded` +
      (kept > 0 ? ` and your ${kept === 1 ? 'change was' : `${kept} changes were`} applied on top of it.` : '.') +
      (dropped > 0 ? ` ${dropped === 1 ? 'One change' : `${dropped} changes`} no longer applied and ${dropped === 1 ? 'was' : 'were'} not kept.` : ''),
  );
}
