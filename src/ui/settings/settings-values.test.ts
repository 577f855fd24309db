import { describe, expect, it } from 'vitest';
import { storyOf } from '../../core/testing/story-builder';
import { characterRows, moveScale, parseList, parseNumber, renameCharacter, sentence } from './settings-values';

describe('story settings form values', () => {
  it('parses numbers, refusing text and, where asked, fractions; empty is the default only where allowed', () => {
    expect(parseNumber('0.6')).toEqual({ ok: true, value: 0.6 });
    expect(parseNumber('0,6')).toEqual({ ok: true, value: 0.6 });
    expect(parseNumber('abc').ok).toBe(false);
    expect(parseNumber('').ok).toBe(false);
    expect(parseNumber(' ', { allowEmpty: true })).toEqual({ ok: true, value: undefined });
    expect(parseNumber('2.5', { integer: true }).ok).toBe(false);
  });

  it('reads a comma-separated list of themes', () => {
    expect(parseList('calm, hope , ,trust, calm')).toEqual(['calm', 'hope', 'trust']);
    expect(parseList('  ')).toEqual([]);
  });

  it('turns a core message into a sentence', () => {
    expect(sentence('maximum intensity must be between 0 and 1, got 1.5')).toBe('Maximum intensity must be between 0 and 1, got 1.5.');
  });

  it('lists declared characters first, then those only used in events, and names one without losing the others', () => {
    const story = storyOf({
      events: [
        { id: 'a', participants: ['zed', 'elin'] },
        { id: 'b', participants: ['bram'], effects: { ada: { alive: false } } },
      ],
    });
    const withDeclared = { ...story, characters: [{ id: 'elin', name: 'Elin' }] };
    expect(characterRows(withDeclared).map((c) => c.id)).toEqual(['elin', 'ada', 'bram', 'zed']);
    expect(renameCharacter(withDeclared, 'bram', '  Bram Holt ')).toEqual([{ id: 'elin', name: 'Elin' }, { id: 'ada' }, { id: 'bram', name: 'Bram Holt' }, { id: 'zed' }]);
    expect(renameCharacter(withDeclared, 'elin', '')[0]).toEqual({ id: 'elin' });
  });

  it('moves a scale up or down, staying within the list', () => {
    const scales = [
      { id: 'a', window: 1 },
      { id: 'b', window: 2 },
      { id: 'c', window: 3 },
    ];
    expect(moveScale(scales, 2, -1).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(moveScale(scales, 0, -1).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
