import { z } from 'zod';
import { DEFAULT_TIME_UNIT, EVENT_DEFAULTS, LINK_DEFAULTS } from '../model/defaults';
import { LINK_KINDS, RELATIONSHIP_VALUES } from '../model/story';

/**
 * Shape and range checks of story-format.md, version 1. Range checks carry their
 * expectation as the message ("expected a number in [0, 1]"); zod-issues.ts adds the path
 * and the value received. Cross-references (ids, scales, link ends) are checked in cross-checks.ts.
 */

const UNIT = 'expected a number in [0, 1]';
export const unit = z.number().min(0, UNIT).max(1, UNIT);
const nonNegative = z.number().min(0, 'expected a number >= 0');
const positive = z.number().gt(0, 'expected a number > 0');

export const MIN_SCALES = 2;
export const MAX_SCALES = 8;
const SCALE_COUNT = `expected ${MIN_SCALES} to ${MAX_SCALES} scales`;

/** Expectation for an opposite pair entry, also used for its wrong-length issues. */
export const OPPOSITE_PAIR = 'expected [themeA, themeB, [bridge, ...]]';

const scaleSchema = z.object({ id: z.string(), label: z.string().optional(), window: positive });

const characterSchema = z.object({ id: z.string(), name: z.string().optional() });

const themeSettingsSchema = z.object({
  opposites: z.array(z.tuple([z.string(), z.string(), z.array(z.string())], { error: OPPOSITE_PAIR })).optional(),
  growth: z.array(z.string()).optional(),
});

const thresholdsSchema = z.object({
  traitSwing: unit.optional(),
  themeJump: unit.optional(),
  gapFactor: nonNegative.optional(),
});

const therapySchema = z.object({
  maxIntensity: unit.optional(),
  peakIntensity: unit.optional(),
  recoveryWithin: z.int().min(0, 'expected a whole number >= 0').optional(),
  recoveryIntensity: unit.optional(),
  maxIntensityStep: unit.optional(),
  avoid: z.array(z.string()).optional(),
  goals: z.array(z.string()).optional(),
});

export const effectSchema = z.object({
  alive: z.boolean().optional(),
  traits: z.record(z.string(), unit).optional(),
  relationships: z.record(z.string(), z.enum(RELATIONSHIP_VALUES)).optional(),
});

const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  scale: z.string(),
  time: z.number(),
  duration: nonNegative.default(EVENT_DEFAULTS.duration),
  participants: z.array(z.string()).default([]),
  location: z.string().optional(),
  themes: z.record(z.string(), unit).default({}),
  intensity: unit.default(EVENT_DEFAULTS.intensity),
  tags: z.array(z.string()).default([]),
  effects: z.record(z.string(), effectSchema).default({}),
  notes: z.string().optional(),
});

const linkSchema = z.object({
  id: z.string().optional(),
  from: z.string(),
  to: z.string(),
  strength: unit.default(LINK_DEFAULTS.strength),
  kind: z.enum(LINK_KINDS).default(LINK_DEFAULTS.kind),
});

const dismissedSchema = z.object({ id: z.string(), note: z.string().optional(), by: z.string().optional(), at: z.string().optional() });

const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  author: z.string().optional(),
  at: z.string().optional(),
  event: z.string().optional(),
  conflict: z.string().optional(),
  resolved: z.boolean().optional(),
});

/** The whole file. `format` and `version` are checked before this runs, for their own messages. */
export const storySchema = z.object({
  format: z.literal('nao-story'),
  version: z.literal(1),
  title: z.string().min(1, 'expected a non-empty string'),
  scales: z.array(scaleSchema).min(MIN_SCALES, SCALE_COUNT).max(MAX_SCALES, SCALE_COUNT).optional(),
  timeUnit: z.string().default(DEFAULT_TIME_UNIT),
  characters: z.array(characterSchema).optional(),
  themes: themeSettingsSchema.optional(),
  thresholds: thresholdsSchema.optional(),
  therapy: therapySchema.optional(),
  events: z.array(eventSchema),
  links: z.array(linkSchema),
  dismissed: z.array(dismissedSchema).optional(),
  notes: z.array(noteSchema).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

export type ParsedStory = z.output<typeof storySchema>;

/** Keys the format knows, per kind of object, for the "unknown key" warnings (spec order). */
export const KNOWN_KEYS = {
  story: Object.keys(storySchema.shape),
  scale: Object.keys(scaleSchema.shape),
  character: Object.keys(characterSchema.shape),
  themes: Object.keys(themeSettingsSchema.shape),
  thresholds: Object.keys(thresholdsSchema.shape),
  therapy: Object.keys(therapySchema.shape),
  event: Object.keys(eventSchema.shape),
  link: Object.keys(linkSchema.shape),
  effect: Object.keys(effectSchema.shape),
  dismissed: Object.keys(dismissedSchema.shape),
  note: Object.keys(noteSchema.shape),
} as const;
