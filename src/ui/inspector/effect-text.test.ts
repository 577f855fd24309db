import { describe, expect, it } from 'vitest';
import { parseRelationships, parseTraits, relationshipsToText, tidyEffect, traitsToText } from './effect-text';

describe('the simple effects editor', () => {
  it('shows traits and relationships as name=value lists and reads them back', () => {
    const text = traitsToText({ courage: 0.8, fear: 0.2 });
    expect(text).toBe('courage=0.8, fear=0.2');
    expect(parseTraits(text)).toEqual({ courage: 0.8, fear: 0.2 });
    expect(parseRelationships(relationshipsToText({ tom: 'ally' }))).toEqual({ tom: 'ally' });
  });

  it('explains a trait out of range or a relationship that does not exist instead of saving it', () => {
    expect(parseTraits('courage=1.5')).toMatch(/0 to 1/);
    expect(parseTraits('courage')).toMatch(/name=value/);
    expect(parseRelationships('tom=buddy')).toMatch(/ally/);
  });

  it('leaves out empty parts so that export stays minimal', () => {
    expect(tidyEffect({ alive: false, traits: {}, relationships: {} })).toEqual({ alive: false });
  });
});
