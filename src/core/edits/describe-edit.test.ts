import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load-story';
import type { EditOp } from './edit-op';
import { describeEdit } from './describe-edit';

const loaded = loadStory({
  format: 'nao-story',
  version: 1,
  title: 'Labels',
  events: [
    { id: 'a', title: 'A', scale: 'scene', time: 0, themes: { hope: 0.5 }, effects: { mara: { alive: true } } },
    { id: 'b', title: 'B', scale: 'scene', time: 1 },
  ],
  links: [{ from: 'a', to: 'b' }],
});
if (!loaded.ok) throw new Error('the test story must load');
const story = loaded.story;

const event = story.events[1]!;
const link = story.links[0]!;

describe('labels for the undo menu', () => {
  it.each<[EditOp, string]>([
    [{ kind: 'set-event-field', eventId: 'a', field: 'time', value: 3 }, 'move event'],
    [{ kind: 'set-event-field', eventId: 'a', field: 'title', value: 'Z' }, 'rename event'],
    [{ kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.4 }, 'change intensity'],
    [{ kind: 'set-event-field', eventId: 'a', field: 'location', value: 'pier' }, 'change location'],
    [{ kind: 'set-event-field', eventId: 'a', field: 'location', value: undefined }, 'clear location'],
    [{ kind: 'add-event', event: { ...event, id: 'c' } }, 'add event'],
    [{ kind: 'remove-event', eventId: 'a' }, 'delete event'],
    [{ kind: 'add-link', link: { ...link, id: 'x' } }, 'add link'],
    [{ kind: 'remove-link', linkId: link.id }, 'delete link'],
    [{ kind: 'set-link-field', linkId: link.id, field: 'strength', value: 0.9 }, 'change link strength'],
    [{ kind: 'set-link-field', linkId: link.id, field: 'to', value: 'a' }, 'reconnect link'],
    [{ kind: 'add-participant', eventId: 'a', character: 'kofi' }, 'add participant'],
    [{ kind: 'remove-participant', eventId: 'a', character: 'kofi' }, 'remove participant'],
    [{ kind: 'add-tag', eventId: 'a', tag: 'recovery' }, 'add tag'],
    [{ kind: 'set-theme', eventId: 'a', theme: 'hope', intensity: 0.9 }, 'change theme'],
    [{ kind: 'set-theme', eventId: 'a', theme: 'dread', intensity: 0.9 }, 'add theme'],
    [{ kind: 'set-theme', eventId: 'a', theme: 'hope', intensity: null }, 'remove theme'],
    [{ kind: 'set-effect', eventId: 'a', character: 'mara', effect: { alive: false } }, 'change effect'],
    [{ kind: 'set-effect', eventId: 'b', character: 'mara', effect: { alive: false } }, 'add effect'],
    [{ kind: 'set-story-title', title: 'New' }, 'rename story'],
    [{ kind: 'batch', ops: [{ kind: 'remove-event', eventId: 'a' }] }, 'delete event'],
    [{ kind: 'batch', ops: [{ kind: 'remove-event', eventId: 'a' }, { kind: 'remove-event', eventId: 'b' }] }, 'apply 2 changes'],
  ])('%j reads "%s"', (op, label) => {
    expect(describeEdit(op, story)).toBe(label);
  });
});
