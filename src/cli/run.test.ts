import { describe, expect, it } from 'vitest';
import { run } from './run';
import { memoryIo } from './testing/memory-io';

describe('nao help and usage', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the overview on stdout for %s, exit 0', (arg) => {
    const io = memoryIo();
    expect(run([arg], io)).toBe(0);
    expect(io.out()).toContain('Usage: nao <command>');
    for (const name of ['check', 'impact', 'fix']) expect(io.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(io.err()).toBe('');
  });

  it('prints a command help with "help COMMAND" and with "COMMAND --help"', () => {
    const a = memoryIo();
    const b = memoryIo();
    expect(run(['help', 'impact'], a)).toBe(0);
    expect(run(['impact', '--help'], b)).toBe(0);
    expect(a.out()).toContain('Usage: nao impact FILE --from EVENT_ID');
    expect(b.out()).toBe(a.out());
  });

  it('rejects an unknown command with the usage on stderr, exit 2', () => {
    const io = memoryIo();
    expect(run(['lint', 'story.json'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('nao: unknown command "lint"');
    expect(io.err()).toContain('Usage: nao <command>');
  });

  it('rejects a missing command, exit 2', () => {
    const io = memoryIo();
    expect(run([], io)).toBe(2);
    expect(io.err()).toContain('missing command');
  });

  it('rejects an unknown flag with the command usage on stderr, exit 2', () => {
    const io = memoryIo();
    expect(run(['check', 'story.json', '--colour'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain("'--colour'");
    expect(io.err()).toContain('Usage: nao check FILE...');
  });

  it('rejects check without files and fix without --conflict or --all, exit 2', () => {
    const a = memoryIo();
    const b = memoryIo();
    expect(run(['check', '--json'], a)).toBe(2);
    expect(a.err()).toContain('check needs at least one story FILE');
    expect(run(['fix', 'story.json'], b)).toBe(2);
    expect(b.err()).toContain('fix needs --conflict ID or --all');
  });

  it('rejects a --proposal that is not a whole number >= 1', () => {
    const io = memoryIo();
    expect(run(['fix', 'story.json', '--conflict', 'x', '--proposal', '0'], io)).toBe(2);
    expect(io.err()).toContain('--proposal expects a whole number >= 1, got "0"');
  });
});
