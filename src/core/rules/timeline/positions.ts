import type { StoryEvent } from '../../model/story';

/**
 * Where a rule's full pass meets one entry of an event, counted the way its tables number
 * them: the scope files use these as the `order` of a match (rule-scope.ts, ScopedEmit).
 */

/** Position of `c` among the event's distinct participants, -1 when absent. */
export function participantPosition(e: StoryEvent, c: string): number {
  let position = 0;
  const seen: string[] = [];
  for (const p of e.participants) {
    if (seen.includes(p)) continue;
    if (p === c) return position;
    seen.push(p);
    position++;
  }
  return -1;
}

/** Whether `c` takes part in the event. */
export function takesPart(e: StoryEvent, c: string): boolean {
  return e.participants.includes(c);
}

/** Position of the setting effects[c].traits[t] among the event's trait settings, -1 when absent. */
export function traitPosition(e: StoryEvent, c: string, t: string): number {
  let position = 0;
  for (const who in e.effects) {
    const traits = e.effects[who]!.traits;
    if (traits === undefined) continue;
    for (const trait in traits) {
      if (who === c && trait === t) return position;
      position++;
    }
  }
  return -1;
}

/** Position of the setting effects[c].relationships[d] among the event's relationship settings, -1 when absent. */
export function relationPosition(e: StoryEvent, c: string, d: string): number {
  let position = 0;
  for (const who in e.effects) {
    const relationships = e.effects[who]!.relationships;
    if (relationships === undefined) continue;
    for (const other in relationships) {
      if (who === c && other === d) return position;
      position++;
    }
  }
  return -1;
}

/** Position of theme `x` among the themes the event carries (level > 0), -1 when it does not carry it. */
export function carriedThemePosition(e: StoryEvent, x: string): number {
  let position = 0;
  for (const theme in e.themes) {
    if (!(e.themes[theme]! > 0)) continue;
    if (theme === x) return position;
    position++;
  }
  return -1;
}

/** Joins the parts of a compound key (a character and a trait, two characters); ids may hold any character. */
export function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

/** The two parts of a pairKey. */
export function splitPairKey(key: string): [string, string] {
  return JSON.parse(key) as [string, string];
}
