import fc from 'fast-check';
import { DEFAULT_SCALES } from '../model/defaults';
import type { DismissedEntry, Note, Scale, Story, StoryEvent, StoryLink, TherapySettings, ThemeSettingsSpec, Thresholds } from '../model/story';
import { arbEventBody, arbExtraValue, arbLinkKind, arbUnit, CAST, EXTRA_KEYS, THEMES } from './arb-values';

/**
 * Random valid stories, shaped like loadStory's output (defaults filled, optional
 * sections absent or present, never `undefined`), small enough that rules fire:
 * ties in time, shared participants, self-links and cycles, opposite and bridge themes.
 */

export interface ArbStoryOptions {
  /** Upper bound on the number of events (default 12). */
  readonly maxEvents?: number;
}

const objects = { noNullPrototype: true } as const;

const CUSTOM_SCALE_IDS = ['beat', 'scene', 'chapter', 'act', 'book', 'cycle', 'age', 'eon'] as const;

/** Default scales mostly; otherwise 2 to 8 custom scales with growing windows, some labelled. */
const arbScales: fc.Arbitrary<readonly Scale[]> = fc.oneof(
  { arbitrary: fc.constant(DEFAULT_SCALES.map((s) => ({ ...s }))), weight: 3 },
  {
    arbitrary: fc
      .array(fc.record({ step: fc.integer({ min: 1, max: 50 }), label: fc.option(fc.constantFrom('Beat', 'Act', 'Era'), { nil: undefined }) }), {
        minLength: 2,
        maxLength: 8,
      })
      .map((specs) => {
        let window = 0;
        return specs.map(({ step, label }, i): Scale => {
          window += step;
          return label === undefined ? { id: CUSTOM_SCALE_IDS[i]!, window } : { id: CUSTOM_SCALE_IDS[i]!, label, window };
        });
      }),
    weight: 1,
  },
);

const arbTheme = fc.constantFrom(...THEMES);

const arbThemeSettings: fc.Arbitrary<ThemeSettingsSpec> = fc.record(
  {
    opposites: fc.array(fc.tuple(arbTheme, arbTheme, fc.uniqueArray(arbTheme, { maxLength: 2 })), { maxLength: 2 }),
    growth: fc.uniqueArray(arbTheme, { maxLength: 3 }),
  },
  { requiredKeys: [], ...objects },
);

const arbThresholds: fc.Arbitrary<Partial<Thresholds>> = fc.record(
  { traitSwing: arbUnit, themeJump: arbUnit, gapFactor: fc.constantFrom(0, 0.5, 1, 2, 3) },
  { requiredKeys: [], ...objects },
).filter((t) => Object.keys(t).length > 0);

const arbTherapy: fc.Arbitrary<Partial<TherapySettings>> = fc.record(
  {
    maxIntensity: arbUnit,
    peakIntensity: arbUnit,
    recoveryWithin: fc.integer({ min: 0, max: 4 }),
    recoveryIntensity: arbUnit,
    maxIntensityStep: arbUnit,
    avoid: fc.uniqueArray(arbTheme, { maxLength: 2 }),
    goals: fc.uniqueArray(arbTheme, { maxLength: 2 }),
  },
  { requiredKeys: [], ...objects },
).filter((t) => Object.keys(t).length > 0);

const arbReviewText = fc.oneof(fc.constantFrom('intended', 'see chapter 3', ''), fc.string({ maxLength: 10 }));
const arbIso = fc.constantFrom('2026-01-02T10:00:00Z', '2026-11-30T13:14:00.000Z');

/** Dismissed entries with unique ids, some naming conflicts that may exist, some stale. */
export const arbDismissed: fc.Arbitrary<DismissedEntry[]> = fc.uniqueArray(
  fc.record(
    { id: fc.constantFrom('temporal-paradox:e0+e1', 'causal-cycle:e0', 'no-recovery:e1', 'unsupported-arc:e2', 'gone:x'), note: arbReviewText, by: fc.constantFrom('ana', 'kofi'), at: arbIso },
    { requiredKeys: ['id'], ...objects },
  ),
  { minLength: 1, maxLength: 3, selector: (d) => d.id },
);

/** Review notes with unique ids, on events, conflicts or nothing. */
export const arbNotes: fc.Arbitrary<Note[]> = fc.uniqueArray(
  fc.record(
    {
      id: fc.constantFrom('n1', 'n2', 'n3', 'n4'),
      text: arbReviewText,
      author: fc.constantFrom('ana', 'kofi'),
      at: arbIso,
      event: fc.constantFrom('e0', 'e1', 'deleted'),
      conflict: fc.constantFrom('no-recovery:e1'),
      resolved: fc.boolean(),
    },
    { requiredKeys: ['id', 'text'], ...objects },
  ),
  { minLength: 1, maxLength: 3, selector: (n) => n.id },
);

/** Declares some of the cast (so some participants are undeclared), names optional. */
const arbCharacters = fc
  .shuffledSubarray([...CAST], { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.option(fc.constant(`${id[0]!.toUpperCase()}${id.slice(1)}`), { nil: undefined }).map((name) => (name === undefined ? { id } : { id, name })))));

function arbLinks(eventIds: readonly string[]): fc.Arbitrary<StoryLink[]> {
  if (eventIds.length === 0) return fc.constant([]);
  const arbEnd = fc.constantFrom(...eventIds);
  const arbLink = fc.record({ from: arbEnd, to: arbEnd, strength: arbUnit, kind: arbLinkKind, explicitId: fc.boolean() });
  return fc.array(arbLink, { maxLength: eventIds.length * 2 }).map((specs) => {
    const used = new Set<string>();
    return specs.map(({ from, to, strength, kind, explicitId }, j) => {
      // Ids look like the loader's default when free, else l<j> (which contains no "->", so never clashes).
      let id = explicitId ? `l${j}` : `${from}->${to}`;
      if (used.has(id)) id = `l${j}`;
      used.add(id);
      return { id, from, to, strength, kind };
    });
  });
}

function arbEvents(scales: readonly Scale[], maxEvents: number): fc.Arbitrary<StoryEvent[]> {
  const body = arbEventBody(scales.map((s) => s.id));
  return fc.array(body, { maxLength: maxEvents }).map((bodies) => bodies.map((b, i) => ({ id: `e${i}`, ...b })));
}

/** Valid stories (as loadStory returns them) exercising every input the conflict rules read. */
export function arbStory(options: ArbStoryOptions = {}): fc.Arbitrary<Story> {
  const maxEvents = options.maxEvents ?? 12;
  return arbScales.chain((scales) =>
    arbEvents(scales, maxEvents).chain((events) =>
      fc
        .record(
          {
            title: fc.oneof(fc.constantFrom('The Lighthouse', 'Untitled'), fc.string({ minLength: 1, maxLength: 12 })),
            timeUnit: fc.constantFrom('hour', 'day', 'minute'),
            characters: arbCharacters,
            themes: arbThemeSettings,
            thresholds: arbThresholds,
            therapy: arbTherapy,
            links: arbLinks(events.map((e) => e.id)),
            dismissed: arbDismissed,
            notes: arbNotes,
            extra: fc.dictionary(fc.constantFrom(...EXTRA_KEYS), arbExtraValue, { minKeys: 1, ...objects }),
          },
          { requiredKeys: ['title', 'timeUnit', 'links'], ...objects },
        )
        .map(({ title, timeUnit, links, dismissed, notes, ...optional }): Story => ({
          format: 'nao-story',
          version: 1,
          title,
          scales,
          timeUnit,
          ...optional,
          events,
          links,
          ...(dismissed === undefined ? {} : { dismissed }),
          ...(notes === undefined ? {} : { notes }),
        })),
    ),
  );
}
