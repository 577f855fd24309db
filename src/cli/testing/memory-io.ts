import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io';

/** A CliIo over an in-memory file map that records what the command wrote. */
export interface MemoryIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  err(): string;
  /** The file map, including files the command wrote. */
  readonly files: Map<string, string>;
}

/** In-memory files and captured streams; reading a missing file throws like fs (ENOENT). */
export function memoryIo(files: Record<string, string> = {}): MemoryIo {
  const map = new Map(Object.entries(files));
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => {
      const text = map.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => void map.set(path, text),
    out: () => out,
    err: () => err,
    files: map,
  };
}

/** Captured streams over the given file functions, e.g. the real file system of nodeFiles(). */
export function capturedIo(files: Pick<CliIo, 'readFile' | 'writeFile'>): MemoryIo {
  const io = memoryIo();
  return { ...io, readFile: files.readFile, writeFile: files.writeFile };
}

/** The repository's root directory (tests spawn the real entry from there). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Text of a public conformance fixture, e.g. fixtureText('causal-cycle'). */
export function fixtureText(name: string): string {
  return readFileSync(`${REPO_ROOT}test-data/fixtures/${name}.json`, 'utf8');
}

/** Expected conflicts of a fixture as comparable "type|a,b" keys, events sorted. */
export function expectedKeys(name: string): string[] {
  const expected = JSON.parse(readFileSync(`${REPO_ROOT}test-data/fixtures/${name}.expected.json`, 'utf8')) as {
    conflicts: { type: string; events: string[] }[];
  };
  return expected.conflicts.map((c) => `${c.type}|${[...c.events].sort().join(',')}`).sort();
}

/** A small valid story file's text built from events and links written inline. */
export function storyText(events: readonly Record<string, unknown>[], links: readonly Record<string, unknown>[] = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'nao-story', version: 1, title: 'Test story', ...extra, events, links }, null, 2);
}
