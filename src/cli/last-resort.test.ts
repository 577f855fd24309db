import { describe, expect, it } from 'vitest';
import { run } from './run';
import { memoryIo, storyText } from './testing/memory-io';

/** An io whose stdout breaks: the command cannot expect that, so it is the last resort's case. */
function brokenStdout(): ReturnType<typeof memoryIo> {
  const io = memoryIo({ 's.json': storyText([{ id: 'a', title: 'calm', scale: 'scene', time: 1 }]) });
  return Object.assign(io, {
    stdout: (): void => {
      throw new TypeError('stdout went away');
    },
  });
}

describe('the last-resort error handler', () => {
  it('turns an unexpected error into one line on stderr and exit 2, without a stack', () => {
    const io = brokenStdout();
    expect(run(['check', 's.json'], io)).toBe(2);
    expect(io.err()).toBe('nao: unexpected error (TypeError): stdout went away; run with --debug for details\n');
  });

  it('adds the stack with --debug, which no command sees as an option', () => {
    const io = brokenStdout();
    expect(run(['check', '--debug', 's.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^nao: unexpected error \(TypeError\): stdout went away\nTypeError: stdout went away\n\s+at /);
  });

  it('leaves --debug after -- to the command, as a file name', () => {
    const io = memoryIo();
    expect(run(['check', '--', '--debug'], io)).toBe(2);
    expect(io.err()).toMatch(/^--debug: cannot read the file/m);
  });
});
