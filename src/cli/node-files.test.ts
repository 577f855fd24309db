import { chmodSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_BYTES, formatBytes, maxInputBytes, parseByteCount } from './input-limit';
import { readLimited, readTextInput, writeFileAtomic } from './node-files';

const dir = mkdtempSync(join(tmpdir(), 'nao-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading input', () => {
  it('stops reading /dev/zero just past the limit instead of growing without end', () => {
    const fd = openSync('/dev/zero', 'r');
    try {
      expect(() => readLimited(fd, 3 * 1024 * 1024)).toThrow('larger than the input limit of 3 MiB (set NAO_MAX_INPUT_BYTES to change it)');
    } finally {
      closeSync(fd);
    }
  });

  it('accepts a file of exactly the limit and refuses one byte more', () => {
    const file = join(dir, 'limit.json');
    writeFileSync(file, '"' + 'a'.repeat(998) + '"');
    expect(readTextInput(file, 1000)).toHaveLength(1000);
    expect(() => readTextInput(file, 999)).toThrow('larger than the input limit of 999 bytes');
  });

  it('names the offset of the first invalid UTF-8 byte', () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xc3, 0xa9, 0xe9, 0x22, 0x7d])); // {"é\xe9"}
    expect(() => readTextInput(file, 1000)).toThrow('not valid UTF-8 text (first bad byte at offset 4)');
  });

  it('reads standard input through the descriptor it is given for "-"', () => {
    const file = join(dir, 'piped.json');
    writeFileSync(file, '{"piped":true}');
    expect(readTextInput('-', 1000, () => openSync(file, 'r'))).toBe('{"piped":true}');
  });
});

describe('writing output atomically', () => {
  it('replaces the file, keeps its permissions and leaves no temporary file', () => {
    const file = join(dir, 'story.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new text');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.includes('story.json'))).toEqual(['story.json']);
  });

  it('writes through a symbolic link: the link stays, its target gets the text', () => {
    const target = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    writeFileAtomic(link, 'through the link');
    expect(readFileSync(target, 'utf8')).toBe('through the link');
    expect(readFileSync(link, 'utf8')).toBe('through the link');
  });

  it('fails with a message saying nothing was written when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).toThrow(/ENOENT.*\(nothing was written\)$/);
  });
});

describe('the input limit setting', () => {
  it('defaults to 500 MiB, enough for a 200 MB story', () => {
    expect(maxInputBytes({})).toBe(DEFAULT_MAX_INPUT_BYTES);
    expect(DEFAULT_MAX_INPUT_BYTES).toBeGreaterThan(200 * 1000 * 1000);
    expect(formatBytes(DEFAULT_MAX_INPUT_BYTES)).toBe('500 MiB');
  });

  it.each([
    ['1000000', 1_000_000],
    ['64M', 64 * 1024 * 1024],
    ['2G', 2 * 1024 ** 3],
    ['16 KiB', 16 * 1024],
  ])('reads NAO_MAX_INPUT_BYTES=%s', (text, bytes) => {
    expect(parseByteCount(text)).toBe(bytes);
    expect(maxInputBytes({ NAO_MAX_INPUT_BYTES: text })).toBe(bytes);
  });

  it.each(['0', '-5', 'lots', '1.5G', '3T'])('refuses NAO_MAX_INPUT_BYTES=%s by name', (text) => {
    expect(() => maxInputBytes({ NAO_MAX_INPUT_BYTES: text })).toThrow(`NAO_MAX_INPUT_BYTES must be a byte count like 1000000, 64M or 2G, got "${text}"`);
  });
});
