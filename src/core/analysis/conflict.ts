import type { CharacterId, EventId, LinkId } from '../model/story';

export const CONFLICT_TYPES = [
  'causal-cycle',
  'temporal-paradox',
  'scale-jump',
  'causal-gap',
  'exited-character',
  'bilocation',
  'trait-swing',
  'relationship-flip',
  'theme-contradiction',
  'theme-jump',
  'intensity-over-limit',
  'no-recovery',
  'intensity-spike',
  'avoided-theme',
  'unsupported-arc',
] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];

export const CONFLICT_CATEGORIES = ['causal', 'temporal', 'scale', 'character', 'thematic', 'therapeutic'] as const;
export type ConflictCategory = (typeof CONFLICT_CATEGORIES)[number];

/** Category of each rule, as fixed by conflict-rules.md. */
export const CATEGORY_OF: Readonly<Record<ConflictType, ConflictCategory>> = {
  'causal-cycle': 'causal',
  'temporal-paradox': 'temporal',
  'scale-jump': 'scale',
  'causal-gap': 'temporal',
  'exited-character': 'character',
  bilocation: 'character',
  'trait-swing': 'character',
  'relationship-flip': 'character',
  'theme-contradiction': 'thematic',
  'theme-jump': 'thematic',
  'intensity-over-limit': 'therapeutic',
  'no-recovery': 'therapeutic',
  'intensity-spike': 'therapeutic',
  'avoided-theme': 'therapeutic',
  'unsupported-arc': 'scale',
};

/**
 * What a conflict is about beyond its events, so that messages and resolutions
 * can name the character, trait or theme involved. Merged matches keep all subjects.
 */
export type ConflictSubject =
  | { readonly kind: 'character'; readonly character: CharacterId }
  | { readonly kind: 'trait'; readonly character: CharacterId; readonly trait: string; readonly from: number; readonly to: number }
  | {
      readonly kind: 'relationship';
      readonly character: CharacterId;
      readonly other: CharacterId;
      readonly from: string;
      readonly to: string;
    }
  | { readonly kind: 'theme'; readonly theme: string }
  | { readonly kind: 'opposites'; readonly a: string; readonly b: string; readonly bridges: readonly string[] };

/**
 * One detected conflict. Identity is (type, set of events); `id` is derived from it
 * so the same conflict keeps its id across runs and unrelated edits.
 */
export interface Conflict {
  readonly id: string;
  readonly type: ConflictType;
  readonly category: ConflictCategory;
  readonly severity: number;
  /** Event ids in the rule's order (cause before effect, earlier before later). */
  readonly events: readonly EventId[];
  /** Link ids involved, in story order. */
  readonly links: readonly LinkId[];
  /** Scale ids of the events, finest first, without repeats. */
  readonly scales: readonly string[];
  readonly message: string;
  readonly subjects: readonly ConflictSubject[];
}
