import { describe, expect, it } from 'vitest';
import { run } from './run';
import { field } from './terminal-text';
import { memoryIo, storyText } from './testing/memory-io';

const hostileTitle = 'Mara \u001b[2J\u001b]0;pwned\u0007wakes\r\u202eevil\u0085';

describe('story text on the terminal', () => {
  it('shows escape sequences, carriage returns, bidi overrides and C1 controls of a title as escapes in check', () => {
    const io = memoryIo({ 's.json': storyText([{ id: 'a', title: 'calm', scale: 'scene', time: 1 }], [], { title: hostileTitle }) });
    expect(run(['check', 's.json'], io)).toBe(0);
    expect(io.out()).toContain('"Mara \\x1b[2J\\x1b]0;pwned\\x07wakes\\r\\u202eevil\\x85"');
    // oxlint-disable-next-line no-control-regex -- finding control characters is the point
    expect(io.out()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('keeps --json output exact: the title parses back to the same string', () => {
    const story = storyText([{ id: 'a', title: hostileTitle, scale: 'scene', time: 1 }, { id: 'b', title: 'x', scale: 'scene', time: 0 }], [{ from: 'a', to: 'b' }]);
    const io = memoryIo({ 's.json': story });
    run(['check', 's.json', '--json'], io);
    const report = JSON.parse(io.out()) as { conflicts: { message: string }[] };
    expect(report.conflicts.some((c) => c.message.includes(hostileTitle))).toBe(true);
  });

  it('escapes titles and ids in the impact table and an event id with a newline cannot forge a line', () => {
    const story = storyText(
      [
        { id: 'a', title: 'Storm\u001b[31m', scale: 'scene', time: 1 },
        { id: 'b\nnao: all clear', title: 'Flood\u202e', scale: 'scene', time: 2 },
      ],
      [{ from: 'a', to: 'b\nnao: all clear' }],
    );
    const io = memoryIo({ 's.json': story });
    expect(run(['impact', 's.json', '--from', 'a'], io)).toBe(0);
    expect(io.out()).toContain('Storm\\x1b[31m');
    expect(io.out()).toContain('Flood\\u202e');
    expect(io.out()).toContain('b\\nnao: all clear');
    expect(io.out()).not.toMatch(/^nao: all clear/m);
  });

  it('does not echo a 1 MB event id whole in the "no event" message, and escapes it', () => {
    const longId = '\u001b' + 'x'.repeat(1024 * 1024);
    const io = memoryIo({ 's.json': storyText([{ id: 'a', title: 'calm', scale: 'scene', time: 1 }]) });
    expect(run(['impact', 's.json', '--from', longId], io)).toBe(2);
    expect(io.err().length).toBeLessThan(300);
    expect(io.err()).toMatch(/^nao impact: no event with id "\\x1bx+…\(\d+ more characters\)…x+" in s\.json$/m);
  });

  it('does not echo a 1 MB conflict id whole in fix messages', () => {
    const io = memoryIo({ 's.json': storyText([{ id: 'a', title: 'calm', scale: 'scene', time: 1 }]) });
    expect(run(['fix', 's.json', '--conflict', 'c'.repeat(1024 * 1024)], io)).toBe(2);
    expect(io.err().length).toBeLessThan(300);
    expect(io.err()).toContain('more characters)…');
  });

  it('keeps stderr lines of validation errors short when a story holds a megabyte-long id', () => {
    const longId = 'y'.repeat(1024 * 1024);
    const io = memoryIo({ 's.json': storyText([{ id: 'a', title: 'calm', scale: 'scene', time: 1 }], [{ from: 'a', to: longId }]) });
    expect(run(['check', 's.json'], io)).toBe(2);
    for (const line of io.err().split('\n')) expect(line.length).toBeLessThanOrEqual(1100);
    expect(io.err()).toMatch(/^s\.json: links\[0\]\.to: /m);
  });

  it('shortens a long title of emoji without cutting one in half (no stray \\ud83c escapes)', () => {
    const shown = field('🌊'.repeat(2000), 101);
    expect(shown).toMatch(/^(🌊)+…\(\d+ more characters\)…(🌊)+$/);
    expect(shown).not.toContain('\\u');
  });
});
