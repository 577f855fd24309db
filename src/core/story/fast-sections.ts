import {
  type Character,
  type DismissedEntry,
  type Note,
  type OppositePairSpec,
  type Scale,
  type TherapySettings,
  type ThemeSettingsSpec,
  type Thresholds,
} from '../model/story';
import { arr, GIVE_UP, nonNegative, num, obj, opt, str, strings, unit, type Obj } from './fast-checks';

/**
 * The fast load path's readers of a story's small sections (scales, characters, theme and
 * threshold settings, the therapy profile, review data): each builds its part of a valid file
 * and throws GIVE_UP on any doubt, as fast-load.ts does for events and links.
 */

export function scale(v: unknown): Scale {
  const s = obj(v);
  const out: { id: string; label?: string; window: number } = { id: str(s['id']), window: 0 };
  opt(out, 'label', s['label'], str);
  out.window = num(s['window'], 0, Infinity, true);
  return out;
}

export function character(v: unknown): Character {
  const c = obj(v);
  const out: { id: string; name?: string } = { id: str(c['id']) };
  opt(out, 'name', c['name'], str);
  return out;
}

function oppositePair(v: unknown): OppositePairSpec {
  const p = arr(v);
  if (p.length !== 3) throw GIVE_UP;
  return [str(p[0]), str(p[1]), strings(p[2])];
}

export function themeSettings(v: unknown): ThemeSettingsSpec {
  const t = obj(v);
  const out: { opposites?: OppositePairSpec[]; growth?: string[] } = {};
  opt(out, 'opposites', t['opposites'], (x) => arr(x).map(oppositePair));
  opt(out, 'growth', t['growth'], strings);
  return out;
}

export function thresholds(v: unknown): Partial<Thresholds> {
  const t = obj(v);
  const out: Partial<Record<keyof Thresholds, number>> = {};
  opt(out, 'traitSwing', t['traitSwing'], unit);
  opt(out, 'themeJump', t['themeJump'], unit);
  opt(out, 'gapFactor', t['gapFactor'], nonNegative);
  return out;
}

export function therapy(v: unknown): Partial<TherapySettings> {
  const t = obj(v);
  const out: { -readonly [K in keyof TherapySettings]?: TherapySettings[K] } = {};
  opt(out, 'maxIntensity', t['maxIntensity'], unit);
  opt(out, 'peakIntensity', t['peakIntensity'], unit);
  opt(out, 'recoveryWithin', t['recoveryWithin'], (x) => {
    if (!Number.isSafeInteger(x) || (x as number) < 0) throw GIVE_UP;
    return x as number;
  });
  opt(out, 'recoveryIntensity', t['recoveryIntensity'], unit);
  opt(out, 'maxIntensityStep', t['maxIntensityStep'], unit);
  opt(out, 'avoid', t['avoid'], strings);
  opt(out, 'goals', t['goals'], strings);
  return out;
}

function optionalStrings(source: Obj, out: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) opt(out, key, source[key], str);
}

export function dismissedEntry(v: unknown): DismissedEntry {
  const d = obj(v);
  const out: Record<string, unknown> = { id: str(d['id']) };
  optionalStrings(d, out, ['note', 'by', 'at']);
  return out as unknown as DismissedEntry;
}

export function note(v: unknown): Note {
  const n = obj(v);
  const out: Record<string, unknown> = { id: str(n['id']), text: str(n['text']) };
  optionalStrings(n, out, ['author', 'at', 'event', 'conflict']);
  opt(out, 'resolved', n['resolved'], (x) => {
    if (typeof x !== 'boolean') throw GIVE_UP;
    return x;
  });
  return out as unknown as Note;
}

export function uniqueIds(list: readonly { readonly id: string }[] | undefined): boolean {
  return list === undefined || new Set(list.map((x) => x.id)).size === list.length;
}
