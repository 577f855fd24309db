import { describe, expect, it } from 'vitest';
import { SHORTCUTS, type KeyPress } from './shortcut-table';

/** The key press a person makes when reading a combination off the sheet, e.g. ['Ctrl', 'Shift', 'Z']. */
function pressOf(combo: readonly string[]): KeyPress {
  const last = combo[combo.length - 1]!;
  const shiftKey = combo.includes('Shift') || last === '?';
  const named: Record<string, string> = { Esc: 'Escape' };
  const key = named[last] ?? (last.length === 1 ? (shiftKey ? last.toUpperCase() : last.toLowerCase()) : last);
  return { key, ctrlKey: combo.includes('Ctrl'), metaKey: combo.includes('⌘'), altKey: combo.includes('Alt'), shiftKey };
}

describe('the shortcut table', () => {
  it('runs, for every combination the sheet shows, the shortcut the sheet says (the handler takes the first match)', () => {
    for (const s of SHORTCUTS) {
      for (const combo of s.keys) {
        expect(SHORTCUTS.find((t) => t.matches(pressOf(combo)))?.id, combo.join('+')).toBe(s.id);
      }
    }
  });

  it('opens the sheet with ? and F1, and undo is not redo', () => {
    const sheet = SHORTCUTS.find((s) => s.id === 'shortcuts')!;
    expect(sheet.matches(pressOf(['?']))).toBe(true);
    expect(sheet.matches(pressOf(['F1']))).toBe(true);
    const undo = SHORTCUTS.find((s) => s.id === 'undo')!;
    expect(undo.matches(pressOf(['Ctrl', 'Shift', 'Z']))).toBe(false);
  });

  it('has unique ids and a description for every entry', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(s.description.length).toBeGreaterThan(5);
  });
});
