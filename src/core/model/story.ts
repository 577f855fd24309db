/**
 * The story document as the core sees it: the file format of
 * docs/spec/story-format.md with every event and link default filled in.
 * Immutable by convention (readonly everywhere); every change goes through an EditOp.
 */

export type EventId = string;
export type LinkId = string;
export type CharacterId = string;

export interface Scale {
  readonly id: string;
  readonly label?: string;
  readonly window: number;
}

export interface Character {
  readonly id: CharacterId;
  readonly name?: string;
}

export const RELATIONSHIP_VALUES = ['ally', 'friend', 'neutral', 'rival', 'enemy'] as const;
export type RelationshipValue = (typeof RELATIONSHIP_VALUES)[number];

export interface Effect {
  readonly alive?: boolean;
  readonly traits?: Readonly<Record<string, number>>;
  readonly relationships?: Readonly<Record<CharacterId, RelationshipValue>>;
}

export interface StoryEvent {
  readonly id: EventId;
  readonly title: string;
  readonly scale: string;
  readonly time: number;
  readonly duration: number;
  readonly participants: readonly CharacterId[];
  readonly location?: string;
  readonly themes: Readonly<Record<string, number>>;
  readonly intensity: number;
  readonly tags: readonly string[];
  readonly effects: Readonly<Record<CharacterId, Effect>>;
  readonly notes?: string;
}

export const LINK_KINDS = ['causes', 'enables', 'motivates'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface StoryLink {
  readonly id: LinkId;
  readonly from: EventId;
  readonly to: EventId;
  readonly strength: number;
  readonly kind: LinkKind;
}

/** An opposite pair as written in the file: [a, b, [bridge, ...]]. */
export type OppositePairSpec = readonly [string, string, readonly string[]];

export interface ThemeSettingsSpec {
  readonly opposites?: readonly OppositePairSpec[];
  readonly growth?: readonly string[];
}

export interface Thresholds {
  readonly traitSwing: number;
  readonly themeJump: number;
  readonly gapFactor: number;
}

export interface TherapySettings {
  readonly maxIntensity: number;
  readonly peakIntensity: number;
  readonly recoveryWithin: number;
  readonly recoveryIntensity: number;
  readonly maxIntensityStep: number;
  readonly avoid: readonly string[];
  readonly goals: readonly string[];
}

/** A conflict the authors decided not to fix (story-format.md, Review), by conflict id. */
export interface DismissedEntry {
  readonly id: string;
  readonly note?: string;
  readonly by?: string;
  /** ISO 8601 date-time. */
  readonly at?: string;
}

/** A review note (story-format.md, Review); `event` may name an event that no longer exists (orphaned). */
export interface Note {
  readonly id: string;
  readonly text: string;
  readonly author?: string;
  /** ISO 8601 date-time. */
  readonly at?: string;
  readonly event?: EventId;
  readonly conflict?: string;
  readonly resolved?: boolean;
}

/**
 * A loaded story. `scales` and `timeUnit` are always present (defaults filled);
 * the optional sections keep exactly what the file said so that export round-trips,
 * except that empty `thresholds`, `therapy`, `dismissed`, `notes` and `extra` are
 * left out (an empty section means the same as none, and one spelling keeps undo exact).
 */
export interface Story {
  readonly format: 'nao-story';
  readonly version: 1;
  readonly title: string;
  readonly scales: readonly Scale[];
  readonly timeUnit: string;
  readonly characters?: readonly Character[];
  readonly themes?: ThemeSettingsSpec;
  readonly thresholds?: Partial<Thresholds>;
  readonly therapy?: Partial<TherapySettings>;
  readonly events: readonly StoryEvent[];
  readonly links: readonly StoryLink[];
  /** Never empty: an empty list is spelled by leaving the key out. */
  readonly dismissed?: readonly DismissedEntry[];
  /** Never empty: an empty list is spelled by leaving the key out. */
  readonly notes?: readonly Note[];
  readonly extra?: Readonly<Record<string, unknown>>;
}
