import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatBytes, MAX_INPUT_ENV } from './input-limit';

/** The file name that means standard input. */
export const STDIN = '-';

const CHUNK = 1024 * 1024;

/** Thrown when an input is larger than the limit; the message names the limit and how to raise it. */
export class InputTooLargeError extends Error {
  override readonly name = 'InputTooLargeError';
  constructor(limit: number) {
    super(`larger than the input limit of ${formatBytes(limit)} (set ${MAX_INPUT_ENV} to change it)`);
  }
}

/** Blocks the thread briefly: stdin and stdout can be non-blocking, and a synchronous reader or writer must wait. */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readSome(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'EAGAIN') throw thrown;
      pause(10);
    }
  }
}

/**
 * Reads everything from `fd` in chunks, stopping as soon as more than `limit` bytes arrive,
 * so that an endless source (/dev/zero, a runaway pipe) costs at most the limit in memory.
 */
export function readLimited(fd: number, limit: number): Buffer {
  const stat = fstatSync(fd);
  // A regular file says its size up front: refuse it before reading a byte.
  if (stat.isFile() && stat.size > limit) throw new InputTooLargeError(limit);
  const chunks: Buffer[] = [];
  let total = 0;
  // A regular file is read in one piece of its size (plus one byte, to notice if it grew).
  let size = stat.isFile() ? stat.size + 1 : CHUNK;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(size, limit + 1 - total));
    size = CHUNK;
    const n = readSome(fd, chunk);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > limit) throw new InputTooLargeError(limit);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** The offset of the first byte that is not part of valid UTF-8 (the input is known to be invalid). */
function firstInvalidByte(bytes: Uint8Array): number {
  // A prefix decodes in streaming mode iff it holds no invalid sequence (a cut-off character at
  // its end is allowed), and that property only gets lost as the prefix grows: binary search.
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const mid = Math.floor((valid + invalid) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      valid = mid;
    } catch {
      invalid = mid;
    }
  }
  // The decoder notices the error at byte `valid`; the bad sequence may have started at a lead byte before it.
  for (let j = valid - 1; j >= Math.max(0, valid - 3); j--) {
    const byte = bytes[j]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return j + length > valid ? j : valid;
  }
  return valid;
}

/** Decodes UTF-8 strictly: a story with invalid bytes is reported, not silently altered. */
export function decodeUtf8(bytes: Buffer): string {
  // isUtf8 (simdutf) and toString are fast; a fatal TextDecoder took seconds on a 150 MB file.
  if (!isUtf8(bytes)) throw new Error(`not valid UTF-8 text (first bad byte at offset ${firstInvalidByte(bytes)})`);
  return bytes.toString('utf8');
}

/** Reads a UTF-8 text file, or standard input for "-", up to `limit` bytes. */
export function readTextInput(path: string, limit: number, stdinFd: () => number = openStdin): string {
  const fd = path === STDIN ? stdinFd() : openSync(path, 'r');
  try {
    return decodeUtf8(readLimited(fd, limit));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Standard input as a blocking descriptor where the system offers one (fd 0 may be non-blocking). */
function openStdin(): number {
  try {
    return openSync('/dev/stdin', 'r');
  } catch {
    return 0;
  }
}

/** Writes all of `bytes`: write(2) may write fewer bytes than asked (a full disk, `ulimit -f`) without failing. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = writeSync(fd, bytes, offset, bytes.length - offset);
    if (n <= 0) throw new Error(`wrote only ${offset} of ${bytes.length} bytes`);
    offset += n;
  }
}

/**
 * Replaces `path` with `text` atomically: writes a temporary file in the same folder, flushes it
 * and renames it over the target, so that a failed write (disk full, file size limit, a signal)
 * leaves the old file as it was. A symbolic link is followed, so the file it points to is replaced
 * and the link kept; the old file's permissions are kept. On failure the temporary file is removed
 * and the error says that the target is unchanged.
 */
export function writeFileAtomic(path: string, text: string): void {
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // No file there yet: it is created.
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode ?? 0o666);
    writeAll(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (mode !== undefined) chmodSync(temp, mode); // openSync's mode is reduced by the umask
    renameSync(temp, target);
  } catch (thrown) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    throw new Error(`${reason} (${mode === undefined ? 'nothing was written' : 'the file is unchanged'})`, { cause: thrown });
  }
}
