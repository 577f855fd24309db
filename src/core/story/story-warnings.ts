import type { Story } from '../model/story';
import { isRecord } from './cross-checks';
import type { PathSegments } from './story-issue';
import { KNOWN_KEYS } from './story-schema';
import type { RawIssue } from './zod-issues';

/**
 * Problems that do not stop a load. Unknown keys are dropped (only `extra` round-trips,
 * so the user is told what will be lost on export); characters used but not declared
 * are declared implicitly, as the format says.
 */

type ObjectKind = keyof typeof KNOWN_KEYS;

const KNOWN: Readonly<Record<ObjectKind, ReadonlySet<string>>> = {
  story: new Set(KNOWN_KEYS.story),
  scale: new Set(KNOWN_KEYS.scale),
  character: new Set(KNOWN_KEYS.character),
  themes: new Set(KNOWN_KEYS.themes),
  thresholds: new Set(KNOWN_KEYS.thresholds),
  therapy: new Set(KNOWN_KEYS.therapy),
  event: new Set(KNOWN_KEYS.event),
  link: new Set(KNOWN_KEYS.link),
  effect: new Set(KNOWN_KEYS.effect),
  dismissed: new Set(KNOWN_KEYS.dismissed),
  note: new Set(KNOWN_KEYS.note),
};

const PLURAL: Readonly<Record<ObjectKind, string>> = {
  story: 'stories',
  scale: 'scales',
  character: 'characters',
  themes: 'theme settings',
  thresholds: 'threshold settings',
  therapy: 'therapy settings',
  event: 'events',
  link: 'links',
  effect: 'effects',
  dismissed: 'dismissed entries',
  note: 'notes',
};

interface UnknownKey {
  readonly path: PathSegments;
  readonly key: string;
  readonly kind: ObjectKind;
  count: number;
}

/** Collects unknown keys, one entry per kind of object and key name, with the first place seen. */
class UnknownKeys {
  private readonly seen = new Map<string, UnknownKey>();

  visit(value: unknown, kind: ObjectKind, path: PathSegments): void {
    if (!isRecord(value)) return;
    const known = KNOWN[kind];
    for (const key in value) {
      if (known.has(key)) continue;
      const tag = `${kind}\u0000${key}`;
      const entry = this.seen.get(tag);
      if (entry === undefined) this.seen.set(tag, { path: [...path, key], key, kind, count: 1 });
      else entry.count++;
    }
  }

  issues(): RawIssue[] {
    return [...this.seen.values()].map(({ path, key, kind, count }) => {
      const more = count > 1 ? `; also in ${count - 1} more ${PLURAL[kind]}` : '';
      return { path, message: `unknown key ${JSON.stringify(key)} ignored (only "extra" is kept on export)${more}` };
    });
  }
}

function eachItem(list: unknown, visit: (item: unknown, index: number) => void): void {
  if (Array.isArray(list)) list.forEach(visit);
}

/**
 * Warns about keys the format does not define (input already passed the shape check).
 * `skipBulk`: the caller knows events, their effects and links hold only defined keys
 * (the fast load path counts them), so only the few other objects are walked.
 */
export function unknownKeyWarnings(root: Record<string, unknown>, { skipBulk = false }: { readonly skipBulk?: boolean } = {}): RawIssue[] {
  const unknown = new UnknownKeys();
  unknown.visit(root, 'story', []);
  eachItem(root['scales'], (s, i) => unknown.visit(s, 'scale', ['scales', i]));
  eachItem(root['characters'], (c, i) => unknown.visit(c, 'character', ['characters', i]));
  unknown.visit(root['themes'], 'themes', ['themes']);
  eachItem(root['dismissed'], (d, i) => unknown.visit(d, 'dismissed', ['dismissed', i]));
  eachItem(root['notes'], (n, i) => unknown.visit(n, 'note', ['notes', i]));
  unknown.visit(root['thresholds'], 'thresholds', ['thresholds']);
  unknown.visit(root['therapy'], 'therapy', ['therapy']);
  if (skipBulk) return unknown.issues();
  eachItem(root['events'], (e, i) => {
    unknown.visit(e, 'event', ['events', i]);
    if (!isRecord(e) || !isRecord(e['effects'])) return;
    for (const [c, effect] of Object.entries(e['effects'])) unknown.visit(effect, 'effect', ['events', i, 'effects', c]);
  });
  eachItem(root['links'], (l, i) => unknown.visit(l, 'link', ['links', i]));
  return unknown.issues();
}

const undeclared = (id: string): string => `character ${JSON.stringify(id)} is not declared in "characters"; it is declared implicitly`;

/** When `characters` is given, warns once per character used without being declared there. */
export function undeclaredCharacterWarnings(story: Story): RawIssue[] {
  if (story.characters === undefined) return [];
  const issues: RawIssue[] = [];
  const declared = new Set<string>();
  const characters = story.characters;
  for (let i = 0; i < characters.length; i++) {
    const id = characters[i]!.id;
    if (declared.has(id)) issues.push({ path: ['characters', i, 'id'], message: `character ${JSON.stringify(id)} is declared twice` });
    declared.add(id);
  }
  // Plain loops: this runs over every event of every file opened, mostly before the JIT has warmed up.
  const events = story.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const participants = e.participants;
    for (let j = 0; j < participants.length; j++) {
      const c = participants[j]!;
      if (declared.has(c)) continue;
      declared.add(c);
      issues.push({ path: ['events', i, 'participants', j], message: undeclared(c) });
    }
    const effects = Object.keys(e.effects);
    for (let k = 0; k < effects.length; k++) {
      const c = effects[k]!;
      if (!declared.has(c)) {
        declared.add(c);
        issues.push({ path: ['events', i, 'effects', c], message: undeclared(c) });
      }
      const relationships = e.effects[c]!.relationships;
      if (relationships === undefined) continue;
      for (const d of Object.keys(relationships)) {
        if (declared.has(d)) continue;
        declared.add(d);
        issues.push({ path: ['events', i, 'effects', c, 'relationships', d], message: undeclared(d) });
      }
    }
  }
  return issues;
}
