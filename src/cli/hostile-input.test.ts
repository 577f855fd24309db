import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFiles } from './io';
import { run } from './run';
import { capturedIo } from './testing/memory-io';

// Hostile or broken story files, each through every command, on the real file system.
// Whatever the file holds, nao answers 0, 1 or 2 with a message: never a stack trace and
// never the last-resort "unexpected error" (that would be a bug in nao, not a verdict on the file).
const dir = mkdtempSync(join(tmpdir(), 'nao-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const head = '{"format":"nao-story","version":1,"title":"Hostile"';
const event = (id: string, extra = '', title = 'Mara wakes'): string => `{"id":${id},"title":"${title}","scale":"scene","time":1${extra}}`;
/** A story where event "a" causes the hostile event, so that impact --from a walks into it. */
const story = (id: string, options: { extra?: string; title?: string; more?: string } = {}): string =>
  `${head}${options.more ?? ''},"events":[{"id":"a","title":"Start","scale":"scene","time":0},${event(id, options.extra, options.title)}],` +
  `"links":[{"from":"a","to":${id}}]}`;
const nested = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const megaId = JSON.stringify('m'.repeat(1024 * 1024));
const plain = story('"b"');

const INPUTS: readonly (readonly [string, string | Buffer | 'directory' | 'missing'])[] = [
  ['a lone high surrogate as an id', story('"\\ud800"')],
  ['a lone low surrogate in a title', story('"b"', { title: 'Mara \\udc00 wakes' })],
  ['extra nested 5,000 deep', story('"b"', { extra: `,"extra":${nested(5000)}` })],
  ['extra nested 100,000 deep', story('"b"', { extra: `,"extra":${nested(100_000)}` })],
  ['__proto__ keys everywhere', story('"__proto__"', { extra: ',"__proto__":{"polluted":true}', more: ',"__proto__":{"x":1}' })],
  ['constructor as an id', story('"constructor"')],
  ['a 1 MB id', story(megaId)],
  ['control characters in ids and titles', story('"b\\u001b[2J\\u0000"', { title: 'Mara\\u0007\\u202e wakes' })],
  ['invalid UTF-8', Buffer.concat([Buffer.from(plain.slice(0, 60)), Buffer.from([0xff, 0xfe]), Buffer.from(plain.slice(60))])],
  ['an empty file', ''],
  ['only whitespace', '  \n\t '],
  ['a JSON array', '[1,2,3]'],
  ['JSON null', 'null'],
  ['a number where the events go', '{"format":"nao-story","version":1,"title":"Hostile","events":7,"links":[]}'],
  ['a directory', 'directory'],
  ['a missing file', 'missing'],
];

const files = INPUTS.map(([name, content], k) => {
  const path = join(dir, `input-${k}.json`);
  if (content === 'directory') mkdirSync(path);
  else if (content !== 'missing') writeFileSync(path, content);
  return [name, path] as const;
});

const COMMANDS: readonly (readonly [string, (file: string) => string[]])[] = [
  ['check', (f) => ['check', f]],
  ['check --json', (f) => ['check', f, '--json']],
  ['impact', (f) => ['impact', f, '--from', 'a']],
  ['fix --all', (f) => ['fix', f, '--all', '-o', join(dir, 'fixed.json')]],
];

describe.each(COMMANDS)('nao %s on hostile input', (_, argv) => {
  it.each(files)('%s: exit 0, 1 or 2 with a message, no stack, no unexpected error', (_name, path) => {
    const io = capturedIo(nodeFiles());
    const status = run(argv(path), io);
    expect([0, 1, 2]).toContain(status);
    if (status === 2) expect(io.err().trim()).not.toBe('');
    expect(io.err()).not.toMatch(/^\s+at /m);
    expect(io.err()).not.toContain('unexpected error');
    // oxlint-disable-next-line no-control-regex -- finding control characters is the point
    expect(io.out() + io.err()).not.toMatch(/[\u001b\u0000\u0007\u202e]/);
  }, 30_000);
});
