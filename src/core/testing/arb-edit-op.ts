import fc from 'fast-check';
import type { Scale, Story, StoryEvent, TherapySettings } from '../model/story';
import { arbDismissed, arbNotes as arbReviewNotes } from './arb-story';
import { applyEdit } from '../edits/apply-edit';
import type { EditOp } from '../edits/edit-op';
import {
  arbDuration,
  arbEffect,
  arbEventBody,
  arbExtraValue,
  arbLinkKind,
  arbLocation,
  arbNotes,
  arbTime,
  arbTitle,
  arbUnit,
  CAST,
  EXTRA_KEYS,
  freshId,
  TAGS,
  THEMES,
} from './arb-values';

/**
 * Random edit operations that are valid for a given story: every kind, including
 * batches whose later steps are valid for the story the earlier steps produce.
 */

type Arb = fc.Arbitrary<EditOp>;

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);
const optionalIndex = (length: number): fc.Arbitrary<number | undefined> =>
  fc.option(fc.integer({ min: 0, max: length }), { nil: undefined });

function eventFieldOps(story: Story, events: readonly StoryEvent[]): Arb[] {
  const arbId = pick(events.map((e) => e.id));
  const set = <F extends string, V>(field: F, value: fc.Arbitrary<V>) =>
    fc.record({ eventId: arbId, value }).map(({ eventId, value: v }) => ({ kind: 'set-event-field', eventId, field, value: v }) as EditOp);
  return [
    set('title', arbTitle),
    set('scale', pick(story.scales.map((s) => s.id))),
    set('time', arbTime),
    set('duration', arbDuration),
    set('location', fc.option(arbLocation, { nil: undefined })),
    set('intensity', arbUnit),
    set('notes', fc.option(arbNotes, { nil: undefined })),
  ];
}

/** Adds a member missing from the list: from the usual names, or a fresh one when all are there. */
function arbNewMember(list: readonly string[], pool: readonly string[], prefix: string): fc.Arbitrary<string> {
  const missing = pool.filter((x) => !list.includes(x));
  return missing.length > 0 ? pick(missing) : fc.constant(freshId(prefix, list));
}

function memberOps(events: readonly StoryEvent[]): Arb[] {
  const ops: Arb[] = [
    pick(events).chain((e) =>
      fc.record({ character: arbNewMember(e.participants, CAST, 'extra'), index: optionalIndex(e.participants.length) }).map(
        ({ character, index }): EditOp =>
          index === undefined ? { kind: 'add-participant', eventId: e.id, character } : { kind: 'add-participant', eventId: e.id, character, index },
      ),
    ),
    pick(events).chain((e) =>
      fc.record({ tag: arbNewMember(e.tags, TAGS, 'tag'), index: optionalIndex(e.tags.length) }).map(
        ({ tag, index }): EditOp => (index === undefined ? { kind: 'add-tag', eventId: e.id, tag } : { kind: 'add-tag', eventId: e.id, tag, index }),
      ),
    ),
  ];
  const withParticipants = events.filter((e) => e.participants.length > 0);
  if (withParticipants.length > 0) {
    ops.push(pick(withParticipants).chain((e) => pick(e.participants).map((character): EditOp => ({ kind: 'remove-participant', eventId: e.id, character }))));
  }
  const withTags = events.filter((e) => e.tags.length > 0);
  if (withTags.length > 0) {
    ops.push(pick(withTags).chain((e) => pick(e.tags).map((tag): EditOp => ({ kind: 'remove-tag', eventId: e.id, tag }))));
  }
  return ops;
}

function entryOps(events: readonly StoryEvent[]): Arb[] {
  const ops: Arb[] = [
    fc.record({ e: pick(events), theme: pick(THEMES), intensity: arbUnit }).map(({ e, theme, intensity }): EditOp => ({ kind: 'set-theme', eventId: e.id, theme, intensity })),
    fc.record({ e: pick(events), character: pick(CAST), effect: arbEffect }).map(({ e, character, effect }): EditOp => ({ kind: 'set-effect', eventId: e.id, character, effect })),
  ];
  const withThemes = events.filter((e) => Object.keys(e.themes).length > 0);
  if (withThemes.length > 0) {
    ops.push(pick(withThemes).chain((e) => pick(Object.keys(e.themes)).map((theme): EditOp => ({ kind: 'set-theme', eventId: e.id, theme, intensity: null }))));
  }
  const withEffects = events.filter((e) => Object.keys(e.effects).length > 0);
  if (withEffects.length > 0) {
    ops.push(pick(withEffects).chain((e) => pick(Object.keys(e.effects)).map((character): EditOp => ({ kind: 'set-effect', eventId: e.id, character, effect: null }))));
  }
  return ops;
}

function linkOps(story: Story): Arb[] {
  const eventIds = story.events.map((e) => e.id);
  if (eventIds.length === 0) return [];
  const arbEnd = pick(eventIds);
  const ops: Arb[] = [
    fc
      .record({ from: arbEnd, to: arbEnd, strength: arbUnit, kind: arbLinkKind, index: optionalIndex(story.links.length) })
      .map(({ from, to, strength, kind, index }): EditOp => {
        const link = { id: freshId('new-link-', story.links.map((l) => l.id)), from, to, strength, kind };
        return index === undefined ? { kind: 'add-link', link } : { kind: 'add-link', link, index };
      }),
  ];
  if (story.links.length > 0) {
    const arbLinkId = pick(story.links.map((l) => l.id));
    ops.push(
      arbLinkId.map((linkId): EditOp => ({ kind: 'remove-link', linkId })),
      fc.record({ linkId: arbLinkId, value: arbEnd }).map(({ linkId, value }): EditOp => ({ kind: 'set-link-field', linkId, field: 'from', value })),
      fc.record({ linkId: arbLinkId, value: arbEnd }).map(({ linkId, value }): EditOp => ({ kind: 'set-link-field', linkId, field: 'to', value })),
      fc.record({ linkId: arbLinkId, value: arbUnit }).map(({ linkId, value }): EditOp => ({ kind: 'set-link-field', linkId, field: 'strength', value })),
      fc.record({ linkId: arbLinkId, value: arbLinkKind }).map(({ linkId, value }): EditOp => ({ kind: 'set-link-field', linkId, field: 'kind', value })),
    );
  }
  return ops;
}

function storyOps(story: Story): Arb[] {
  const addEvent = fc
    .record({ body: arbEventBody(story.scales.map((s) => s.id)), index: optionalIndex(story.events.length) })
    .map(({ body, index }): EditOp => {
      const event = { id: freshId('new', story.events.map((e) => e.id)), ...body };
      return index === undefined ? { kind: 'add-event', event } : { kind: 'add-event', event, index };
    });
  const ops: Arb[] = [
    fc.string({ minLength: 1, maxLength: 12 }).map((title): EditOp => ({ kind: 'set-story-title', title })),
    addEvent,
    fc.record({ key: pick(EXTRA_KEYS), value: fc.option(arbExtraValue, { nil: undefined }) }).map(({ key, value }): EditOp => ({ kind: 'set-extra', key, value })),
  ];
  if (story.events.length > 0) ops.push(pick(story.events.map((e) => e.id)).map((eventId): EditOp => ({ kind: 'remove-event', eventId })));
  return ops;
}

/** New scale lists that keep every scale in use: reordered, relabelled, rescaled, with scales added or dropped. */
function arbScaleList(story: Story): fc.Arbitrary<Scale[]> {
  const used = new Set(story.events.map((e) => e.scale));
  const extras: Scale[] = [{ id: 'epoch', window: 100000 }, { id: 'moment', label: 'Moment', window: 0.5 }];
  const pool = [...story.scales, ...extras.filter((x) => !story.scales.some((s) => s.id === x.id))];
  const required = pool.filter((s) => used.has(s.id));
  const optional = pool.filter((s) => !used.has(s.id));
  const room = Math.min(optional.length, 8 - required.length);
  return fc
    .subarray(optional, { minLength: Math.min(room, Math.max(0, 2 - required.length)), maxLength: room })
    .chain((chosen) => fc.shuffledSubarray([...required, ...chosen], { minLength: required.length + chosen.length }))
    .chain((list) =>
      fc.tuple(
        ...list.map((scale) =>
          fc
            .record({ window: fc.option(fc.constantFrom(1, 3, 48), { nil: undefined }), label: fc.option(fc.constantFrom('Beat', 'Age'), { nil: undefined }) })
            .map(({ window, label }): Scale => ({ ...scale, ...(window === undefined ? {} : { window }), ...(label === undefined ? {} : { label }) })),
        ),
      ),
    );
}

const THERAPY_VALUES: { readonly [K in keyof TherapySettings]: fc.Arbitrary<TherapySettings[K]> } = {
  maxIntensity: arbUnit,
  peakIntensity: arbUnit,
  recoveryWithin: fc.integer({ min: 0, max: 5 }),
  recoveryIntensity: arbUnit,
  maxIntensityStep: arbUnit,
  avoid: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 2 }),
  goals: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 2 }),
};

function settingsOps(story: Story): Arb[] {
  const ops: Arb[] = [
    fc.constantFrom('hour', 'day', 'beat').map((timeUnit): EditOp => ({ kind: 'set-time-unit', timeUnit })),
    arbScaleList(story).map((scales): EditOp => ({ kind: 'set-scales', scales })),
    fc
      .option(fc.uniqueArray(fc.constantFrom(...CAST), { maxLength: 3 }), { nil: undefined })
      .map((ids): EditOp => ({ kind: 'set-characters', characters: ids?.map((id) => (id === 'ana' ? { id, name: 'Ana' } : { id })) })),
    fc
      .record({ field: fc.constantFrom('traitSwing', 'themeJump', 'gapFactor' as const), value: fc.option(arbUnit, { nil: undefined }) })
      .map(({ field, value }): EditOp => ({ kind: 'set-threshold', field, value })),
    fc
      .constantFrom(...(Object.keys(THERAPY_VALUES) as (keyof TherapySettings)[]))
      .chain((field) => fc.option(THERAPY_VALUES[field] as fc.Arbitrary<unknown>, { nil: undefined }).map((value) => ({ kind: 'set-therapy', field, value }) as EditOp)),
    arbDismissed.map((list): EditOp => ({ kind: 'set-dismissed', conflictId: list[0]!.id, entry: list[0]! })),
    arbReviewNotes.map((list): EditOp => ({ kind: 'set-note', noteId: list[0]!.id, note: list[0]! })),
  ];
  const dismissed = story.dismissed ?? [];
  if (dismissed.length > 0) ops.push(fc.constantFrom(...dismissed).map((d): EditOp => ({ kind: 'set-dismissed', conflictId: d.id, entry: null })));
  const notes = story.notes ?? [];
  if (notes.length > 0) ops.push(fc.constantFrom(...notes).map((n): EditOp => ({ kind: 'set-note', noteId: n.id, note: null })));
  for (const field of Object.keys(story.therapy ?? {}) as (keyof TherapySettings)[]) {
    ops.push(fc.constant({ kind: 'set-therapy', field, value: undefined } as EditOp));
  }
  return ops;
}

/** Ops applied one after the other: op i is valid for the story ops 0..i-1 produce. */
function arbSequence(story: Story, length: number, depth: number): fc.Arbitrary<EditOp[]> {
  if (length === 0) return fc.constant([]);
  return arbEditOp(story, depth).chain((op) => arbSequence(applyEdit(story, op).story, length - 1, depth).map((rest) => [op, ...rest]));
}

/** Valid edit operations of every kind for `story`; `depth` bounds batch nesting (default 2). */
export function arbEditOp(story: Story, depth = 2): fc.Arbitrary<EditOp> {
  const ops = [...storyOps(story), ...linkOps(story), ...settingsOps(story)];
  if (story.events.length > 0) ops.push(...eventFieldOps(story, story.events), ...memberOps(story.events), ...entryOps(story.events));
  if (depth > 0) {
    ops.push(fc.integer({ min: 0, max: 3 }).chain((n) => arbSequence(story, n, depth - 1).map((batch): EditOp => ({ kind: 'batch', ops: batch }))));
  }
  return fc.oneof(...ops);
}
