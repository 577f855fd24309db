import { z } from 'zod';
import { setOwn } from '../model/own-entries';
import { RELATIONSHIP_VALUES, type Effect, type Story } from '../model/story';
import { isRecord } from './cross-checks';
import { effectSchema, unit } from './story-schema';
import { fromZodIssues, type RawIssue } from './zod-issues';

/**
 * zod skips "__proto__" keys of records (neither checked nor copied), but in a story they
 * are ordinary data: a theme, a character or an `extra` key may be called that. The
 * schema path of the loader checks those entries here and puts them back afterwards, so
 * both load paths give the same story.
 */

const PROTO = '__proto__';
const relationship = z.enum(RELATIONSHIP_VALUES);
type Path = readonly (string | number)[];

function own(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isRecord(value) ? value : undefined;
}

function check(schema: z.ZodType, value: unknown, path: Path, issues: RawIssue[]): void {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) for (const issue of fromZodIssues(result.error.issues)) issues.push({ path: [...path, ...issue.path], message: issue.message });
}

function effectIssues(effect: unknown, path: Path, issues: RawIssue[]): void {
  const e = own(effect);
  if (e === undefined) return;
  const traits = own(e['traits']);
  if (traits && Object.hasOwn(traits, PROTO)) check(unit, traits[PROTO], [...path, 'traits', PROTO], issues);
  const relationships = own(e['relationships']);
  if (relationships && Object.hasOwn(relationships, PROTO)) check(relationship, relationships[PROTO], [...path, 'relationships', PROTO], issues);
}

/** Issues of the "__proto__" entries zod does not look at. */
export function protoKeyIssues(root: Record<string, unknown>): RawIssue[] {
  const issues: RawIssue[] = [];
  const events = root['events'];
  if (!Array.isArray(events)) return issues;
  events.forEach((event: unknown, i) => {
    const e = own(event);
    if (e === undefined) return;
    const themes = own(e['themes']);
    if (themes && Object.hasOwn(themes, PROTO)) check(unit, themes[PROTO], ['events', i, 'themes', PROTO], issues);
    const effects = own(e['effects']);
    if (effects === undefined) return;
    for (const c of Object.keys(effects)) {
      if (c === PROTO) check(effectSchema, effects[c], ['events', i, 'effects', PROTO], issues);
      effectIssues(effects[c], ['events', i, 'effects', c], issues);
    }
  });
  return issues;
}

function restoreEffect(raw: unknown, built: Effect): Effect {
  const e = own(raw);
  if (e === undefined) return built;
  for (const key of ['traits', 'relationships'] as const) {
    const source = own(e[key]);
    const target = built[key] as Record<string, unknown> | undefined;
    if (source && target && Object.hasOwn(source, PROTO)) setOwn(target, PROTO, source[PROTO]);
  }
  return built;
}

/** Puts the "__proto__" entries of a valid input back into the story the schema path built (whose objects are its own). */
export function restoreProtoKeys(root: Record<string, unknown>, story: Story): Story {
  const events = root['events'] as readonly unknown[];
  story.events.forEach((event, i) => {
    const raw = own(events[i]);
    if (raw === undefined) return;
    const themes = own(raw['themes']);
    if (themes && Object.hasOwn(themes, PROTO)) setOwn(event.themes as Record<string, number>, PROTO, themes[PROTO] as number);
    const effects = own(raw['effects']);
    if (effects === undefined) return;
    for (const c of Object.keys(effects)) {
      const built = c === PROTO ? (effectSchema.parse(effects[c]) as Effect) : event.effects[c];
      if (built === undefined) continue;
      const effect = restoreEffect(effects[c], built);
      if (c === PROTO) setOwn(event.effects as Record<string, Effect>, PROTO, effect);
    }
  });
  const extra = own(root['extra']);
  if (extra && Object.hasOwn(extra, PROTO)) {
    const target: Record<string, unknown> = { ...story.extra };
    setOwn(target, PROTO, extra[PROTO]);
    return { ...story, extra: target };
  }
  return story;
}
