import type { Character, Scale, Story } from '../../core/model/story';

/** A parsed form value, or what is wrong with the text (shown inline). */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A number typed by a person; empty means "the default" when the field allows it. */
export function parseNumber(text: string, opts: { readonly allowEmpty?: boolean; readonly integer?: boolean } = {}): Parsed<number | undefined> {
  const t = text.trim();
  if (t === '') return opts.allowEmpty ? { ok: true, value: undefined } : { ok: false, error: 'Enter a number.' };
  const v = Number(t.replace(',', '.'));
  if (!Number.isFinite(v)) return { ok: false, error: `“${t}” is not a number.` };
  if (opts.integer && !Number.isInteger(v)) return { ok: false, error: 'Enter a whole number.' };
  return { ok: true, value: v };
}

/** "calm, hope , ,trust" → ["calm", "hope", "trust"]: theme names separated by commas, duplicates dropped. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** The core's messages start in lower case ("maximum intensity must be…"); a sentence for the form. */
export function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** Every character a person can name: the declared ones in order, then those only used in events, sorted. */
export function characterRows(story: Pick<Story, 'characters' | 'events'>): Character[] {
  const rows: Character[] = [...(story.characters ?? [])];
  const known = new Set(rows.map((c) => c.id));
  const used = new Set<string>();
  for (const e of story.events) {
    for (const p of e.participants) if (!known.has(p)) used.add(p);
    for (const id of Object.keys(e.effects)) if (!known.has(id)) used.add(id);
  }
  return [...rows, ...[...used].sort((a, b) => a.localeCompare(b)).map((id) => ({ id }))];
}

/** The declared character list after naming one character (an empty name drops the name, keeping the id). */
export function renameCharacter(story: Pick<Story, 'characters' | 'events'>, id: string, name: string): Character[] {
  const trimmed = name.trim();
  return characterRows(story).map((c) => (c.id !== id ? c : trimmed === '' ? { id } : { id, name: trimmed }));
}

/** The scales with one moved by `delta` places (clamped), for Move up / Move down. */
export function moveScale(scales: readonly Scale[], index: number, delta: number): Scale[] {
  const to = Math.max(0, Math.min(scales.length - 1, index + delta));
  const out = [...scales];
  const [s] = out.splice(index, 1);
  out.splice(to, 0, s!);
  return out;
}
