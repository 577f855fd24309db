import { SETTINGS_TAG } from './passage-ids';
import type { TwineIssue, TwinePassage } from './twine-story';

/**
 * The settings passage (`Arc Studio settings`, tagged `arc-settings`) that an exported
 * story carries so that it imports back unchanged: the story's settings sections as in
 * the story file, and the event and link fields no tag can hold. It is an ordinary passage,
 * so it survives a trip through Twine.
 */

export interface EventOverride {
  readonly id?: string;
  readonly title?: string;
  readonly effects?: Record<string, unknown>;
  /** Notes when they differ from the passage text; null for none. Used only while `text` matches. */
  readonly notes?: string | null;
  /** Hash of the passage text the notes were written for (textHash of the trimmed text). */
  readonly text?: string;
}

export interface LinkFields {
  readonly id?: string;
  readonly strength?: number;
  readonly kind?: string;
}

export interface LinkOverride extends LinkFields {
  /** Further links between the same two events (a passage links to another only once). */
  readonly more?: readonly LinkFields[];
}

export interface ArcSettings {
  /** Story-file sections other than title, events and links (scales, characters, extra…). */
  readonly story: Record<string, unknown>;
  /** By passage name. */
  readonly events: Record<string, EventOverride>;
  /** By "fromPassage->toPassage" name pair. */
  readonly links: Record<string, LinkOverride>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds and reads the settings passage; a broken one is reported and ignored, never fatal. */
export function readArcSettings(passages: readonly TwinePassage[], warnings: TwineIssue[]): { settings?: ArcSettings; passage?: TwinePassage } {
  const passage = passages.find((p) => p.tags.includes(SETTINGS_TAG));
  if (passage === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(passage.text);
  } catch (e) {
    warnings.push({
      line: passage.line,
      message: `passage "${passage.name}" (tagged ${SETTINGS_TAG}) is not valid JSON, its settings are ignored: ${e instanceof Error ? e.message : String(e)}`,
    });
    return { passage };
  }
  if (!isRecord(value)) {
    warnings.push({ line: passage.line, message: `passage "${passage.name}" (tagged ${SETTINGS_TAG}) is not a JSON object; ignored` });
    return { passage };
  }
  const story = isRecord(value['story']) ? value['story'] : {};
  const events = isRecord(value['events']) ? (value['events'] as Record<string, EventOverride>) : {};
  const links = isRecord(value['links']) ? (value['links'] as Record<string, LinkOverride>) : {};
  return { settings: { story, events, links }, passage };
}

/** The text of the settings passage. */
export function writeArcSettings(settings: ArcSettings): string {
  return JSON.stringify({ arcStudio: 1, ...settings }, null, 2);
}

/** An own entry of a record: a passage may be called "__proto__" or "constructor". */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
