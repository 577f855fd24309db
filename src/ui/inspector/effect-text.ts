import { RELATIONSHIP_VALUES, type Effect, type RelationshipValue } from '../../core/model/story';

/** "courage=0.8, fear=0.2": how the simple effects editor shows traits. */
export function traitsToText(traits: Effect['traits']): string {
  return Object.entries(traits ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** "tom=ally": how the simple effects editor shows relationships. */
export function relationshipsToText(rel: Effect['relationships']): string {
  return Object.entries(rel ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function pairs(text: string): [string, string][] | string {
  const out: [string, string][] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    if (eq <= 0) return `“${p}” is not name=value.`;
    out.push([p.slice(0, eq).trim(), p.slice(eq + 1).trim()]);
  }
  return out;
}

/** Parses "courage=0.8, fear=0.2"; a message when a value is not a number in [0, 1]. */
export function parseTraits(text: string): Record<string, number> | string {
  const ps = pairs(text);
  if (typeof ps === 'string') return ps;
  const out: Record<string, number> = {};
  for (const [k, v] of ps) {
    const n = Number(v);
    if (v === '' || !Number.isFinite(n) || n < 0 || n > 1) return `${k}: a trait value is a number from 0 to 1.`;
    out[k] = n;
  }
  return out;
}

function isRelationship(v: string): v is RelationshipValue {
  return (RELATIONSHIP_VALUES as readonly string[]).includes(v);
}

/** Parses "tom=ally, ana=rival"; a message when a value is not one of the five relationships. */
export function parseRelationships(text: string): Record<string, RelationshipValue> | string {
  const ps = pairs(text);
  if (typeof ps === 'string') return ps;
  const out: Record<string, RelationshipValue> = {};
  for (const [k, v] of ps) {
    if (!isRelationship(v)) return `${k}: use one of ${RELATIONSHIP_VALUES.join(', ')}.`;
    out[k] = v;
  }
  return out;
}

/** An effect without empty parts (the format leaves absent what is not set). */
export function tidyEffect(e: Effect): Effect {
  const out: { alive?: boolean; traits?: Record<string, number>; relationships?: Record<string, RelationshipValue> } = {};
  if (e.alive !== undefined) out.alive = e.alive;
  if (e.traits && Object.keys(e.traits).length > 0) out.traits = { ...e.traits };
  if (e.relationships && Object.keys(e.relationships).length > 0) out.relationships = { ...e.relationships };
  return out;
}
