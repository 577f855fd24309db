import type { RelationshipValue } from '../src/core/model/story';

/**
 * Words the benchmark generator draws from. The theme list mixes the default opposite
 * pairs, their bridges, the growth themes, a custom pair and an avoided theme, so that
 * every thematic and therapeutic rule has inputs to look at.
 */
export const OPPOSITE_THEMES: readonly string[] = [
  'hope',
  'despair',
  'trust',
  'betrayal',
  'growth',
  'stagnation',
  'connection',
  'isolation',
  'courage',
  'cowardice',
  'healing',
  'harm',
  'order',
  'chaos',
];

export const BRIDGE_THEMES: readonly string[] = [
  'challenge',
  'loss',
  'setback',
  'deception',
  'revelation',
  'conflict',
  'obstacle',
  'doubt',
  'fear',
  'relapse',
  'change',
];

/** Default growth themes plus the generated story's own `resilience`. */
export const GROWTH_THEMES: readonly string[] = ['healing', 'trust', 'wisdom', 'strength', 'resilience'];

export const PLAIN_THEMES: readonly string[] = ['love', 'duty', 'memory', 'home'];

export const ALL_THEMES: readonly string[] = [...new Set([...OPPOSITE_THEMES, ...BRIDGE_THEMES, ...GROWTH_THEMES, ...PLAIN_THEMES])];

export const AVOIDED_THEME = 'self_harm';

export const TRAITS: readonly string[] = ['courage', 'trust', 'anger', 'hope', 'resolve'];

export const RELATIONSHIPS: readonly RelationshipValue[] = ['ally', 'friend', 'neutral', 'rival', 'enemy'];

export const ACTIONS: readonly string[] = [
  'Arrival',
  'Argument',
  'Discovery',
  'Escape',
  'Reunion',
  'Betrayal',
  'Storm',
  'Council',
  'Journey',
  'Confession',
  'Duel',
  'Festival',
];
