import type { EditOp } from '../edits/edit-op';
import type { Story, StoryEvent } from '../model/story';

/**
 * Weights of the cost formula (docs/RESOLUTIONS.md). Adding material is cheaper
 * than taking the designer's material away; small numeric nudges cost less than
 * large ones, so "lower by 0.05" ranks before "lower by 0.5".
 */
export const COST_WEIGHTS = {
  setField: 1,
  addEvent: 2,
  removeEvent: 3,
  addLink: 1,
  removeLink: 1.5,
  setLinkField: 1,
  addParticipant: 1,
  removeParticipant: 1.5,
  tag: 1,
  setEffect: 1.5,
} as const;

const EVENTS_BY_ID = new WeakMap<readonly StoryEvent[], ReadonlyMap<string, StoryEvent>>();

function windowOf(story: Story, e: StoryEvent): number {
  return story.scales.find((s) => s.id === e.scale)?.window ?? 1;
}

function setFieldCost(story: Story, e: StoryEvent | undefined, field: string, value: unknown): number {
  const base = COST_WEIGHTS.setField;
  if (!e || typeof value !== 'number') return base;
  // Moves are measured in windows of the event's own scale: an hour matters for a scene, not for a saga.
  if (field === 'time') return base + Math.min(1, Math.abs(value - e.time) / windowOf(story, e));
  if (field === 'duration') return base + Math.min(1, Math.abs(value - e.duration) / windowOf(story, e));
  if (field === 'intensity') return base + Math.min(1, Math.abs(value - e.intensity));
  return base;
}

function opCost(story: Story, byId: ReadonlyMap<string, StoryEvent>, op: EditOp): number {
  switch (op.kind) {
    case 'set-story-title':
      return COST_WEIGHTS.setField;
    case 'set-event-field':
      return setFieldCost(story, byId.get(op.eventId), op.field, op.value);
    case 'add-event':
      return COST_WEIGHTS.addEvent;
    case 'remove-event':
      return COST_WEIGHTS.removeEvent;
    case 'set-link-field':
      return COST_WEIGHTS.setLinkField;
    case 'add-link':
      return COST_WEIGHTS.addLink;
    case 'remove-link':
      return COST_WEIGHTS.removeLink;
    case 'add-participant':
      return COST_WEIGHTS.addParticipant;
    case 'remove-participant':
      return COST_WEIGHTS.removeParticipant;
    case 'add-tag':
    case 'remove-tag':
      return COST_WEIGHTS.tag;
    case 'set-theme': {
      const before = byId.get(op.eventId)?.themes[op.theme] ?? 0;
      return COST_WEIGHTS.setField + Math.min(1, Math.abs((op.intensity ?? 0) - before));
    }
    case 'set-effect':
      return COST_WEIGHTS.setEffect;
    case 'set-extra':
    case 'set-dismissed':
    case 'set-note':
      return 0;
    case 'set-time-unit':
    case 'set-scales':
    case 'set-characters':
    case 'set-threshold':
    case 'set-therapy':
      return COST_WEIGHTS.setField;
    case 'batch':
      return op.ops.reduce((sum, inner) => sum + opCost(story, byId, inner), 0);
  }
}

/** How much of the story a patch changes: the sum of its operations' weights, measured against the story before the patch. */
export function patchCost(story: Story, patch: readonly EditOp[]): number {
  // fixAll costs thousands of patches on one story: its events are looked up once.
  let byId = EVENTS_BY_ID.get(story.events);
  if (!byId) {
    byId = new Map(story.events.map((e) => [e.id, e] as const));
    EVENTS_BY_ID.set(story.events, byId);
  }
  return patch.reduce((sum, op) => sum + opCost(story, byId, op), 0);
}
