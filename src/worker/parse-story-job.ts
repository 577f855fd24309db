import { loadStory } from '../core/story/load-story';
import { readStoryFile, storyFileKind, type ReadStoryResult } from '../core/twine/story-file';
import { defineJob, nextTask, type JobContext } from './job';

/**
 * Reading an imported story file of any format off the main thread: the `parse-story` job.
 * It gets the File itself (a Blob is cloned to the worker by reference, not copied), so
 * the main thread never holds, let alone parses, the text of a 50 MB file. A story beyond
 * the studio's limits is refused right after JSON.parse, before the much slower validation.
 */
export interface ParseStoryInput {
  readonly file: Blob;
  readonly fileName: string;
  /** Which story of a Twine library archive; absent: ask when there are several. */
  readonly choose?: number;
  /** The studio's limits (src/state/story-limits.ts); a story beyond them comes back as `too-big`. */
  readonly limits: { readonly events: number; readonly links: number };
}

export type ParseStoryProgress =
  | { readonly phase: 'reading'; readonly bytes: number; readonly total: number }
  | { readonly phase: 'parsing'; readonly bytes: number }
  | { readonly phase: 'validating'; readonly events: number; readonly links: number };

export type ParseStoryResult = ReadStoryResult | { readonly status: 'too-big'; readonly events: number; readonly links: number };

/** Bytes between two reading reports: a few dozen reports for the largest file the studio reads. */
const REPORT_EVERY_BYTES = 2 * 1024 * 1024;

/** The file's text, decoded as UTF-8 (a byte order mark dropped), chunk by chunk so that reading reports progress and stops on cancel. */
async function readText(file: Blob, { report, signal }: JobContext<ParseStoryProgress>): Promise<string> {
  const total = file.size;
  report({ phase: 'reading', bytes: 0, total });
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  let reported = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      if (bytes - reported >= REPORT_EVERY_BYTES) {
        reported = bytes;
        report({ phase: 'reading', bytes, total });
      }
    }
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  report({ phase: 'reading', bytes, total });
  return parts.join('');
}

function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** `too-big` when the parsed file's top-level lists are beyond the limits (whatever else is wrong with it). */
function beyondLimits(root: unknown, limits: ParseStoryInput['limits']): ParseStoryResult | undefined {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;
  const record = root as Record<string, unknown>;
  const events = countOf(record['events']);
  const links = countOf(record['links']);
  return events > limits.events || links > limits.links ? { status: 'too-big', events, links } : undefined;
}

async function parseJson(text: string, limits: ParseStoryInput['limits'], context: JobContext<ParseStoryProgress>): Promise<ParseStoryResult> {
  context.report({ phase: 'parsing', bytes: text.length });
  // A task boundary, so that an in-process run paints the phase (and can be cancelled) before the long parse.
  await nextTask();
  context.signal.throwIfAborted();
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch {
    // The core words (and locates) the syntax error; a broken file is parsed twice, a good one once.
    return readStoryFile('story.json', source);
  }
  const tooBig = beyondLimits(root, limits);
  if (tooBig) return tooBig;
  if (typeof root === 'object' && root !== null) {
    const r = root as Record<string, unknown>;
    context.report({ phase: 'validating', events: countOf(r['events']), links: countOf(r['links']) });
  }
  context.signal.throwIfAborted();
  const loaded = loadStory(root);
  return loaded.ok
    ? { status: 'ok', story: loaded.story, warnings: loaded.warnings.map((w) => ({ where: w.path, message: w.message })), kind: 'json' }
    : { status: 'error', errors: loaded.errors.map((e) => ({ where: e.path, message: e.message })) };
}

export const parseStoryJob = defineJob<ParseStoryInput, ParseStoryProgress, ParseStoryResult>({
  async run(input, context) {
    const text = await readText(input.file, context);
    context.signal.throwIfAborted();
    const kind = storyFileKind(input.fileName, text.slice(0, 256));
    if (kind === 'json') return parseJson(text, input.limits, context);
    context.report({ phase: 'parsing', bytes: text.length });
    const result = readStoryFile(input.fileName, text, input.choose === undefined ? {} : { choose: input.choose });
    if (result.status !== 'ok') return result;
    const { events, links } = result.story;
    return events.length > input.limits.events || links.length > input.limits.links ? { status: 'too-big', events: events.length, links: links.length } : result;
  },
});
