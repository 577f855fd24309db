/**
 * `npm run bench:storage`: what it costs Chromium to store a story the way the studio does
 * (src/state/story-codec.ts, idb-persistence.ts): the events and links as JSON text in
 * chunks, one IndexedDB record each, all in one transaction. Compares the chunk sizes in use
 * with the 256 items per chunk used before, and with the whole text as one record.
 *
 * Each write goes to a fresh database in a fresh browser context (BENCH_DISK=1: a fresh
 * on-disk profile instead of Playwright's in-memory one), timed in the page from the first
 * `put` to the transaction's `complete`; "issuing" is the part of it spent in the page's own
 * task (the structured clone of each value). "One chunk again" is the write of an edit's
 * autosave: one events chunk of the stored story, written anew.
 *
 * BENCH_EVENTS (default 20000), BENCH_DENSITY=dense|typical (default dense), BENCH_RUNS (default 3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHUNKS, StoryEncoder, type EncodedStory } from '../src/state/story-codec';
import { generateStory } from './generate-story';
import { markdownTable } from './table';
import { browserPath } from './ui-browser';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const DENSITY = process.env.BENCH_DENSITY === 'typical' ? 'typical' : 'dense';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DISK = process.env.BENCH_DISK === '1';
/** Any http origin will do for IndexedDB; the page is served by Playwright, not the network. */
const ORIGIN = 'http://storage-bench.localhost/';

interface Write {
  readonly issueMs: number;
  readonly totalMs: number;
  readonly againMs: number;
}

/** The page's side: one transaction putting every value, then one value again (as an autosave after an edit). */
const WRITE = `async ([values, again]) => {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('bench', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('chunks');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const write = (entries) => new Promise((resolve, reject) => {
    const started = performance.now();
    const tx = db.transaction('chunks', 'readwrite');
    for (const [key, value] of entries) tx.objectStore('chunks').put(value, key);
    const issued = performance.now();
    tx.oncomplete = () => resolve([issued - started, performance.now() - started]);
    tx.onerror = () => reject(tx.error);
  });
  const [issueMs, totalMs] = await write(values.map((v, i) => [i, v]));
  const [, againMs] = await write([[again, values[again]]]);
  db.close();
  return { issueMs, totalMs, againMs };
}`;

function records(encoded: EncodedStory): string[] {
  return [...encoded.events, ...encoded.links];
}

async function writeOnce(context: BrowserContext, values: readonly string[], again: number): Promise<Write> {
  const page = await context.newPage();
  await page.route(ORIGIN, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>storage bench</title>' }));
  await page.goto(ORIGIN);
  const write = await page.evaluate(`(${WRITE})(${JSON.stringify([values, again])})`);
  await page.close();
  return write as Write;
}

async function main(): Promise<void> {
  const story = generateStory({ events: EVENTS, density: DENSITY });
  const text = JSON.stringify(story);
  const variants: { readonly name: string; readonly values: readonly string[]; readonly again: number }[] = [
    { name: `chunks of ${CHUNKS.events} events / ${CHUNKS.links} links (now)`, values: records(new StoryEncoder().encode(story)), again: 0 },
    { name: 'chunks of 256 (before)', values: records(new StoryEncoder(256).encode(story)), again: 0 },
    { name: 'the whole text as one record', values: [text], again: 0 },
  ];
  const executablePath = browserPath();
  const launch = { ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] };
  const browser = DISK ? undefined : await chromium.launch(launch);
  const results = new Map<string, Write[]>();
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const v of variants) {
        const profile = DISK ? mkdtempSync(join(tmpdir(), 'arc-storage-bench-')) : undefined;
        const context = profile ? await chromium.launchPersistentContext(profile, launch) : await browser!.newContext();
        try {
          const w = await writeOnce(context, v.values, v.again);
          results.set(v.name, [...(results.get(v.name) ?? []), w]);
        } finally {
          await context.close();
          if (profile) rmSync(profile, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await browser?.close();
  }
  const spread = (xs: readonly number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `${Math.round(s[0]!)} / ${Math.round(s[Math.floor(s.length / 2)]!)} / ${Math.round(s.at(-1)!)}`;
  };
  console.log(`${EVENTS} ${DENSITY} events, ${(text.length / 1e6).toFixed(1)} MB of JSON, ${DISK ? 'on-disk profile' : 'in-memory profile (as the UI benchmarks)'}; min / median / max of ${RUNS}`);
  const rows = variants.map((v) => {
    const ws = results.get(v.name) ?? [];
    const sizes = v.values.map((x) => x.length / 1024);
    return [
      `${v.name}: ${v.values.length} records, ${Math.round(Math.min(...sizes))}-${Math.round(Math.max(...sizes))} KB`,
      spread(ws.map((w) => w.totalMs)),
      spread(ws.map((w) => w.issueMs)),
      spread(ws.map((w) => w.againMs)),
    ];
  });
  console.log(markdownTable(['how the story is stored', 'store it, ms', 'of which issuing (page task), ms', 'one chunk again, ms'], rows));
}

void main();
