import type { DismissedEntry, Story } from '../model/story';
import type { RawIssue } from './zod-issues';

/**
 * Final touches shared by both load paths. Empty optional sections are dropped (an
 * empty list or block means the same as none, and one spelling keeps undo exact), and
 * the legacy `extra.dismissedConflicts` list of older files is read as `dismissed`.
 */

/** Where older versions of the app kept dismissed conflicts. */
export const LEGACY_DISMISSED_KEY = 'dismissedConflicts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function legacyEntry(item: unknown): DismissedEntry | null {
  if (typeof item === 'string') return { id: item };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const raw = item as Readonly<Record<string, unknown>>;
  if (typeof raw['id'] !== 'string') return null;
  const out: Record<string, string> = { id: raw['id'] };
  for (const key of ['note', 'by', 'at']) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return null;
    out[key] = value;
  }
  return out as unknown as DismissedEntry;
}

/** The legacy list as entries, or null when any item is unreadable (then it stays in `extra`, untouched). */
function readLegacy(raw: unknown): DismissedEntry[] | null {
  if (!Array.isArray(raw)) return null;
  const out: DismissedEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = legacyEntry(item);
    if (entry === null) return null;
    out.push(entry);
  }
  return out;
}

/** Normalises a freshly loaded story (never mutating the input it was adopted from); returns warnings. */
export function normalizeStory(loaded: Story): { story: Story; warnings: RawIssue[] } {
  const story: Mutable<Story> = { ...loaded };
  const warnings: RawIssue[] = [];
  const extra = story.extra;
  if (extra !== undefined && Object.hasOwn(extra, LEGACY_DISMISSED_KEY)) {
    const legacy = readLegacy(extra[LEGACY_DISMISSED_KEY]);
    if (legacy === null) {
      warnings.push({
        path: ['extra', LEGACY_DISMISSED_KEY],
        message: 'older dismissed-conflicts list could not be read (expected conflict ids or { "id", "note" } objects); kept under "extra" as it is',
      });
    } else {
      const current = story.dismissed ?? [];
      const known = new Set(current.map((d) => d.id));
      const merged = [...current];
      for (const entry of legacy) {
        if (known.has(entry.id)) continue;
        known.add(entry.id);
        merged.push(entry);
      }
      story.dismissed = merged;
      const rest = Object.fromEntries(Object.entries(extra).filter(([k]) => k !== LEGACY_DISMISSED_KEY));
      if (Object.keys(rest).length > 0) story.extra = rest;
      else delete story.extra;
    }
  }
  if (story.thresholds !== undefined && Object.keys(story.thresholds).length === 0) delete story.thresholds;
  if (story.therapy !== undefined && Object.keys(story.therapy).length === 0) delete story.therapy;
  if (story.dismissed !== undefined && story.dismissed.length === 0) delete story.dismissed;
  if (story.notes !== undefined && story.notes.length === 0) delete story.notes;
  return { story, warnings };
}
