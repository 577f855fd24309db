import type { Story } from '../core/model/story';
import type { RippleDirection } from '../worker/protocol';

/** The open story and its history position, as the UI reads it. */
export interface DocumentState {
  /** Library key of the open story. */
  readonly storyKey: string;
  readonly story: Story;
  /** Increments on every change of the story (edit, undo, redo, open); unique within this page. */
  readonly revision: number;
  /** The story's stored version: changes since it was created, the same in every tab (durable-log.ts). */
  readonly version: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** "Undo move event" when canUndo. */
  readonly undoLabel?: string;
  /** "Redo move event" when canRedo. */
  readonly redoLabel?: string;
}

export interface Selection {
  readonly events: readonly string[];
  readonly links: readonly string[];
  readonly conflictId: string | null;
}

export type LayoutKind = 'lanes' | 'layered';

export interface ViewFilters {
  readonly text: string;
  /** Character id, or '' for all. */
  readonly character: string;
  /** Theme name, or '' for all. */
  readonly theme: string;
  readonly conflictsOnly: boolean;
}

/** Impact below which a ripple leaves an event out unless the user asks otherwise (the core's default). */
export const DEFAULT_MIN_IMPACT = 0.05;

export interface ImpactView {
  readonly sourceId: string;
  readonly direction: RippleDirection;
  readonly minImpact: number;
  /** Depth: only paths of at most this many links count; absent = no limit. */
  readonly maxHops?: number;
}

/** What setImpactOptions accepts; `maxHops: null` removes the depth limit. */
export interface ImpactOptionsPatch {
  readonly direction?: RippleDirection;
  readonly minImpact?: number;
  readonly maxHops?: number | null;
}

export interface ViewState {
  readonly layout: LayoutKind;
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly filters: ViewFilters;
  readonly impact: ImpactView | null;
  /** Time along the lanes: compressed (empty stretches collapsed, the default when absent) or proportional. */
  readonly time?: 'compressed' | 'proportional';
}

/** What `setView` accepts: any top-level part, and filters partially. */
export type ViewPatch = Partial<Omit<ViewState, 'filters'>> & { readonly filters?: Partial<ViewFilters> };

export interface LibraryEntry {
  readonly key: string;
  readonly title: string;
  /** Epoch milliseconds of the last change. */
  readonly updatedAt: number;
}

export type LibraryStatus = 'loading' | 'ready' | 'error';

export interface LibraryState {
  /** Most recently changed first. */
  readonly stories: readonly LibraryEntry[];
  readonly activeKey: string;
  readonly status: LibraryStatus;
  /** Set while storage is failing; the app then keeps working in memory. */
  readonly storageError?: string;
  /** The open story's newest version known to be stored (equal to the document's version once every change landed). */
  readonly savedVersion: number;
  /** Writes in flight to storage. */
  readonly pendingWrites: number;
  /** The open story's newest version whose full snapshot this session stored (the log compacted up to it; 0 before the first). */
  readonly snapshotVersion: number;
  /** Set when the last start did not finish opening this story: the studio came up without opening any (safe mode). */
  readonly safeMode?: { readonly key: string; readonly title: string };
}

export type NoticeKind = 'info' | 'error';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  readonly text: string;
  /** An offered follow-up, e.g. "Restore story" after deleting one. */
  readonly action?: NoticeAction;
}

export interface NoticesState {
  readonly notices: readonly Notice[];
}

/** Result of a worker query for the current revision. */
export interface RevisionResult<T> {
  /** The newest result available; may belong to an older revision while `stale`. */
  readonly data: T | undefined;
  /** True when `data` is not for the current revision (show it dimmed / aria-busy, never as current). */
  readonly stale: boolean;
  /** A request is in flight. */
  readonly busy: boolean;
  readonly error: Error | null;
}

export type ImportResult =
  | { readonly ok: true; readonly key: string; readonly warnings: readonly { path: string; message: string }[] }
  | { readonly ok: false; readonly errors: readonly { path: string; message: string }[] };
