import type { Story } from '../core/model/story';
import { parseStory } from '../core/story/load-story';
import { loadCurrent } from './durable-log';
import { addAndOpen, freshRecord, openStory } from './library-commands';
import { notify } from './notices';
import { activate, snapshot } from './session';
import type { Studio } from './studio-context';

/** One bundled sample as listed in public/samples/index.json. */
export interface SampleInfo {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly description: string;
}

/** Key under story.extra naming the sample a library story was copied from (what `Reset sample` restores). */
export const SAMPLE_KEY = 'sample';

function base(): string {
  return (import.meta.env?.BASE_URL as string | undefined) ?? '/';
}

async function fetchText(path: string, what: string): Promise<string> {
  const response = await fetch(base() + path);
  if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status})`);
  return response.text();
}

/** Reads and checks samples/index.json; names the bad entry when it is malformed. */
export function parseSampleIndex(text: string): SampleInfo[] {
  const raw: unknown = JSON.parse(text);
  if (!Array.isArray(raw)) throw new Error('samples/index.json: expected a list of samples');
  return raw.map((item: unknown, i) => {
    const o = (item ?? {}) as Record<string, unknown>;
    for (const field of ['id', 'title', 'file'] as const) {
      if (typeof o[field] !== 'string' || o[field] === '') throw new Error(`samples/index.json, entry ${i}: "${field}" must be a non-empty string`);
    }
    return { id: o.id as string, title: o.title as string, file: o.file as string, description: typeof o.description === 'string' ? o.description : '' };
  });
}

/** The bundled samples (fetched once per studio, on demand; fetched again after a failure). */
export function fetchSampleIndex(s: Studio): Promise<SampleInfo[]> {
  const index = (s.session.sampleIndex ??= fetchText('samples/index.json', 'The list of samples')
    .then(parseSampleIndex)
    .catch((e: unknown) => {
      s.session.sampleIndex = null;
      throw e;
    }));
  return index;
}

/** The story marked as a copy of sample `id`. */
export function markSample(story: Story, id: string): Story {
  return { ...story, extra: { ...story.extra, [SAMPLE_KEY]: id } };
}

/** The id of the sample a story was copied from, if any. */
export function sampleIdOf(story: Story): string | undefined {
  const id = story.extra?.[SAMPLE_KEY];
  return typeof id === 'string' ? id : undefined;
}

/** A fresh copy of a sample, loaded from its file (the samples are never part of the first bundle). */
async function loadSample(s: Studio, id: string): Promise<{ info: SampleInfo; story: Story }> {
  const info = (await fetchSampleIndex(s)).find((s) => s.id === id);
  if (!info) throw new Error(`there is no sample "${id}"`);
  const result = parseStory(await fetchText(`samples/${info.file}`, `The sample "${info.title}"`));
  if (!result.ok) throw new Error(`samples/${info.file}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { info, story: markSample(result.story, id) };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The library story that is a copy of sample `id` exactly as shipped (`story`), if any: opening
 * the sample again opens it rather than adding the same story once more (a demo link visited
 * twice, a sample picked again), which filled the library with copies nobody could tell apart.
 */
async function unchangedCopy(s: Studio, id: string, story: Story): Promise<string | undefined> {
  const persistence = s.session.persistence;
  if (!persistence) return undefined;
  const shipped = JSON.stringify(story);
  for (const entry of s.library.getState().stories) {
    if (entry.title !== story.title) continue;
    const stored = entry.key === s.document.getState().storyKey ? s.document.getState().story : (await loadCurrent(persistence, entry.key))?.record.story;
    if (stored && sampleIdOf(stored) === id && JSON.stringify(stored) === shipped) return entry.key;
  }
  return undefined;
}

/**
 * Opens sample `id`: its copy in the library when one is still as shipped, else a fresh copy as
 * a new library story (earlier copies, edited or deleted, are left as they are: a sample is
 * always available again). False on failure.
 */
export async function openSample(s: Studio, id: string): Promise<boolean> {
  try {
    const { story } = await loadSample(s, id);
    const copy = await unchangedCopy(s, id, story);
    if (copy !== undefined) return await openStory(s, copy);
    await addAndOpen(s, freshRecord(s, story));
    return true;
  } catch (e) {
    notify(s, 'error', `The sample could not be opened: ${message(e)}`);
    return false;
  }
}

/**
 * Puts the open sample copy back as the sample is (same library entry, new history).
 * The notice offers to bring the changes back. False when the open story is no sample copy.
 */
export async function resetSample(s: Studio): Promise<boolean> {
  const before = snapshot(s);
  const id = before ? sampleIdOf(before.story) : undefined;
  if (!before || id === undefined) return false;
  try {
    const { info, story } = await loadSample(s, id);
    // The user may have switched stories while the sample loaded.
    if (s.document.getState().storyKey !== before.key) return false;
    addAndOpen(s, { ...freshRecord(s, story, before.key), view: before.view });
    notify(s, 'info', `"${info.title}" is as it was shipped.`, {
      label: 'Bring back my changes',
      run: () => {
        if (s.document.getState().storyKey !== before.key) return;
        activate(s, { ...before, updatedAt: Date.now() });
        s.session.autosave?.schedule();
      },
    });
    return true;
  } catch (e) {
    notify(s, 'error', `The sample could not be reset: ${message(e)}`);
    return false;
  }
}
