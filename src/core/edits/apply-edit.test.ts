import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { loadStory } from '../story/load-story';
import { applyEdit, applyEdits } from './apply-edit';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';

/** Mara's evening: three scenes and a chapter, four links. */
function lighthouse(): Story {
  const result = loadStory({
    format: 'nao-story',
    version: 1,
    title: 'The Lighthouse',
    events: [
      { id: 'storm', title: 'Storm rises', scale: 'scene', time: 1, participants: ['mara'], location: 'pier', themes: { dread: 0.4 }, tags: ['premise'] },
      { id: 'boat', title: 'Boat capsizes', scale: 'scene', time: 2, participants: ['mara', 'kofi'], effects: { kofi: { alive: false } } },
      { id: 'rescue', title: 'Rescue', scale: 'scene', time: 3, intensity: 0.8 },
      { id: 'grief', title: 'Village grieves', scale: 'arc', time: 30 },
    ],
    links: [
      { from: 'storm', to: 'boat' },
      { from: 'boat', to: 'rescue' },
      { from: 'rescue', to: 'storm', strength: 0.2 },
      { from: 'storm', to: 'grief' },
    ],
  });
  if (!result.ok) throw new Error('the test story must load');
  return result.story;
}

/** Applies an op, checks that its inverse restores the story, and returns the edited story. */
function edit(story: Story, op: EditOp): Story {
  const { story: next, inverse } = applyEdit(story, op);
  expect(applyEdit(next, inverse).story).toStrictEqual(story);
  return next;
}

function event(story: Story, id: string) {
  return story.events.find((e) => e.id === id)!;
}

describe('editing events', () => {
  it('moves an event in time, sharing everything it did not touch', () => {
    const story = lighthouse();
    const next = edit(story, { kind: 'set-event-field', eventId: 'boat', field: 'time', value: 5 });
    expect(event(next, 'boat').time).toBe(5);
    expect(event(story, 'boat').time).toBe(2);
    expect(next.events[0]).toBe(story.events[0]);
    expect(next.links).toBe(story.links);
  });

  it('hands back the same story when a field is set to the value it has', () => {
    const story = lighthouse();
    expect(applyEdit(story, { kind: 'set-event-field', eventId: 'boat', field: 'time', value: 2 }).story).toBe(story);
  });

  it('clears a location by removing the key, and undo brings it back', () => {
    const next = edit(lighthouse(), { kind: 'set-event-field', eventId: 'storm', field: 'location', value: undefined });
    expect('location' in event(next, 'storm')).toBe(false);
  });

  it('rejects values the file format would reject', () => {
    const story = lighthouse();
    const attempt = (op: EditOp) => () => applyEdit(story, op);
    expect(attempt({ kind: 'set-event-field', eventId: 'storm', field: 'intensity', value: 1.2 })).toThrow(new EditError('intensity must be in [0, 1], got 1.2'));
    expect(attempt({ kind: 'set-event-field', eventId: 'storm', field: 'time', value: NaN })).toThrow('time must be a finite number, got NaN');
    expect(attempt({ kind: 'set-event-field', eventId: 'storm', field: 'duration', value: -2 })).toThrow('duration must be >= 0, got -2');
    expect(attempt({ kind: 'set-event-field', eventId: 'storm', field: 'scale', value: 'epoch' })).toThrow('unknown scale "epoch"');
    expect(attempt({ kind: 'set-event-field', eventId: 'ghost', field: 'title', value: 'Boo' })).toThrow('unknown event id "ghost"');
    expect(attempt({ kind: 'set-story-title', title: '' })).toThrow('story title must not be empty');
  });

  it('adds an event at a position, and refuses a second event with the same id', () => {
    const story = lighthouse();
    const dawn = { ...event(story, 'rescue'), id: 'dawn', title: 'Dawn' };
    const next = edit(story, { kind: 'add-event', event: dawn, index: 1 });
    expect(next.events.map((e) => e.id)).toEqual(['storm', 'dawn', 'boat', 'rescue', 'grief']);
    expect(() => applyEdit(next, { kind: 'add-event', event: dawn })).toThrow(new EditError('an event with id "dawn" already exists'));
    expect(() => applyEdit(story, { kind: 'add-event', event: dawn, index: 9 })).toThrow('event index must be a whole number from 0 to 4, got 9');
  });

  it('deletes an event with every link touching it, and undo restores them in place', () => {
    const story = lighthouse();
    const { story: next, inverse } = applyEdit(story, { kind: 'remove-event', eventId: 'storm' });
    expect(next.events.map((e) => e.id)).toEqual(['boat', 'rescue', 'grief']);
    expect(next.links.map((l) => l.id)).toEqual(['boat->rescue']);
    expect(next.links[0]).toBe(story.links[1]);
    expect(applyEdit(next, inverse).story).toStrictEqual(story);
  });

  it('adds and removes participants and tags, keeping their positions on undo', () => {
    const story = lighthouse();
    const joined = edit(story, { kind: 'add-participant', eventId: 'boat', character: 'ayla', index: 0 });
    expect(event(joined, 'boat').participants).toEqual(['ayla', 'mara', 'kofi']);
    const left = edit(story, { kind: 'remove-participant', eventId: 'boat', character: 'mara' });
    expect(event(left, 'boat').participants).toEqual(['kofi']);
    expect(() => applyEdit(story, { kind: 'add-participant', eventId: 'boat', character: 'kofi' })).toThrow('event "boat" already has participant "kofi"');
    expect(() => applyEdit(story, { kind: 'remove-participant', eventId: 'grief', character: 'kofi' })).toThrow('event "grief" has no participant "kofi"');

    const tagged = edit(story, { kind: 'add-tag', eventId: 'rescue', tag: 'recovery' });
    expect(event(tagged, 'rescue').tags).toEqual(['recovery']);
    expect(() => applyEdit(story, { kind: 'add-tag', eventId: 'storm', tag: 'premise' })).toThrow('event "storm" already has tag "premise"');
    expect(event(edit(story, { kind: 'remove-tag', eventId: 'storm', tag: 'premise' }), 'storm').tags).toEqual([]);
  });

  it('sets, changes and removes themes', () => {
    const story = lighthouse();
    expect(event(edit(story, { kind: 'set-theme', eventId: 'storm', theme: 'hope', intensity: 0.2 }), 'storm').themes).toEqual({ dread: 0.4, hope: 0.2 });
    expect(event(edit(story, { kind: 'set-theme', eventId: 'storm', theme: 'dread', intensity: 0.9 }), 'storm').themes).toEqual({ dread: 0.9 });
    expect(event(edit(story, { kind: 'set-theme', eventId: 'storm', theme: 'dread', intensity: null }), 'storm').themes).toEqual({});
    expect(() => applyEdit(story, { kind: 'set-theme', eventId: 'storm', theme: 'hope', intensity: null })).toThrow('event "storm" has no theme "hope" to remove');
    expect(() => applyEdit(story, { kind: 'set-theme', eventId: 'storm', theme: 'hope', intensity: 3 })).toThrow('theme "hope" must be in [0, 1], got 3');
  });

  it('sets and removes what an event does to a character', () => {
    const story = lighthouse();
    const revived = edit(story, { kind: 'set-effect', eventId: 'rescue', character: 'kofi', effect: { alive: true, relationships: { mara: 'friend' } } });
    expect(event(revived, 'rescue').effects).toEqual({ kofi: { alive: true, relationships: { mara: 'friend' } } });
    expect(event(edit(story, { kind: 'set-effect', eventId: 'boat', character: 'kofi', effect: null }), 'boat').effects).toEqual({});
    const bad = { kind: 'set-effect', eventId: 'rescue', character: 'kofi', effect: { relationships: { mara: 'frenemy' } } } as unknown as EditOp;
    expect(() => applyEdit(story, bad)).toThrow('effect on "kofi".relationships.mara must be one of ally, friend, neutral, rival, enemy, got "frenemy"');
  });
});

describe('editing links', () => {
  it('adds a link between existing events only, with a fresh id', () => {
    const story = lighthouse();
    const link = { id: 'l-new', from: 'grief', to: 'rescue', strength: 0.7, kind: 'motivates' } as const;
    expect(edit(story, { kind: 'add-link', link, index: 0 }).links[0]).toStrictEqual(link);
    expect(() => applyEdit(story, { kind: 'add-link', link: { ...link, to: 'ghost' } })).toThrow('link "l-new" names a missing event "ghost"');
    expect(() => applyEdit(story, { kind: 'add-link', link: { ...link, id: 'storm->boat' } })).toThrow('a link with id "storm->boat" already exists');
    expect(() => applyEdit(story, { kind: 'add-link', link: { ...link, strength: -0.1 } })).toThrow('link strength must be in [0, 1], got -0.1');
  });

  it('removes a link, and undo puts it back at its index', () => {
    const next = edit(lighthouse(), { kind: 'remove-link', linkId: 'boat->rescue' });
    expect(next.links.map((l) => l.id)).toEqual(['storm->boat', 'rescue->storm', 'storm->grief']);
  });

  it('changes strength, kind and ends', () => {
    const story = lighthouse();
    expect(edit(story, { kind: 'set-link-field', linkId: 'rescue->storm', field: 'strength', value: 0.9 }).links[2]!.strength).toBe(0.9);
    expect(edit(story, { kind: 'set-link-field', linkId: 'rescue->storm', field: 'kind', value: 'enables' }).links[2]!.kind).toBe('enables');
    const rerouted = edit(story, { kind: 'set-link-field', linkId: 'rescue->storm', field: 'to', value: 'grief' });
    expect(rerouted.links[2]).toMatchObject({ id: 'rescue->storm', from: 'rescue', to: 'grief' });
    expect(() => applyEdit(story, { kind: 'set-link-field', linkId: 'rescue->storm', field: 'from', value: 'ghost' })).toThrow('link from names a missing event "ghost"');
    expect(() => applyEdit(story, { kind: 'set-link-field', linkId: 'nope', field: 'strength', value: 1 })).toThrow('unknown link id "nope"');
  });
});

describe('story-level edits', () => {
  it('keeps app data under extra, and removing the last key leaves no extra at all', () => {
    const story = lighthouse();
    const next = edit(story, { kind: 'set-extra', key: 'layout', value: { storm: { x: 10, y: 4 } } });
    expect(next.extra).toEqual({ layout: { storm: { x: 10, y: 4 } } });
    const cleared = applyEdit(next, { kind: 'set-extra', key: 'layout', value: undefined }).story;
    expect('extra' in cleared).toBe(false);
  });

  it('renames the story', () => {
    expect(edit(lighthouse(), { kind: 'set-story-title', title: 'The Keeper' }).title).toBe('The Keeper');
  });
});

describe('batches', () => {
  it('applies several edits as one step, undone in one step', () => {
    const story = lighthouse();
    const { story: next, inverse } = applyEdits(story, [
      { kind: 'remove-link', linkId: 'rescue->storm' },
      { kind: 'set-event-field', eventId: 'rescue', field: 'time', value: 4 },
      { kind: 'remove-event', eventId: 'grief' },
    ]);
    expect(next.links.map((l) => l.id)).toEqual(['storm->boat', 'boat->rescue']);
    expect(inverse.kind).toBe('batch');
    expect(applyEdit(next, inverse).story).toStrictEqual(story);
  });

  it('applies nothing when one edit of the batch is invalid, and says which one', () => {
    const story = lighthouse();
    const before = structuredClone(story);
    const ops: EditOp[] = [
      { kind: 'remove-event', eventId: 'grief' },
      { kind: 'set-event-field', eventId: 'grief', field: 'title', value: 'Mourning' },
    ];
    expect(() => applyEdits(story, ops)).toThrow(new EditError('change 2 of 2: unknown event id "grief"'));
    expect(story).toStrictEqual(before);
  });

  it('links only events that exist at that point of the batch, also when the same story is edited again', () => {
    const story = lighthouse();
    const dawn = { ...story.events[0]!, id: 'dawn', title: 'Dawn', tags: [] };
    const link = (from: string, to: string): EditOp => ({ kind: 'add-link', link: { id: `${from}~${to}`, from, to, strength: 0.5, kind: 'causes' } });
    // The first batch on this story remembers its event ids; a removal or an addition in a later batch must not change them.
    expect(() => applyEdits(story, [link('boat', 'grief'), { kind: 'remove-event', eventId: 'grief' }, link('storm', 'grief')])).toThrow('change 3 of 3: link "storm~grief" names a missing event "grief"');
    const retitle: EditOp = { kind: 'set-event-field', eventId: 'rescue', field: 'title', value: 'Rescued' };
    expect(() => applyEdits(story, [retitle, link('storm', 'dawn')])).toThrow('change 2 of 2: link "storm~dawn" names a missing event "dawn"');
    const added = applyEdits(story, [{ kind: 'add-event', event: dawn }, link('storm', 'dawn')]).story;
    expect(added.links.map((l) => l.id)).toContain('storm~dawn');
    expect(applyEdits(story, [retitle, link('storm', 'grief')]).story.links.map((l) => l.id)).toContain('storm~grief');
    // Removed, then added back within one batch: linkable again.
    const grief = story.events.find((e) => e.id === 'grief')!;
    const back = applyEdits(story, [link('rescue', 'boat'), { kind: 'remove-event', eventId: 'grief' }, { kind: 'add-event', event: grief }, link('boat', 'grief')]).story;
    expect(back.links.map((l) => l.id)).toEqual(['storm->boat', 'boat->rescue', 'rescue->storm', 'rescue~boat', 'boat~grief']);
  });

  it('checks links against the events a story has, after a batch that changed its event list in place', () => {
    const story = lighthouse();
    const link = (from: string, to: string): EditOp => ({ kind: 'add-link', link: { id: `${from}~${to}`, from, to, strength: 0.5, kind: 'causes' } });
    const retitle: EditOp = { kind: 'set-event-field', eventId: 'rescue', field: 'title', value: 'Rescued' };
    // The retitle gives the batch its own event list: the link reads the ids from it, then the removal changes it in place.
    const next = applyEdits(story, [retitle, link('storm', 'rescue'), { kind: 'remove-event', eventId: 'grief' }]).story;
    expect(next.events.map((e) => e.id)).toEqual(['storm', 'boat', 'rescue']);
    expect(() => applyEdits(next, [link('storm', 'grief'), retitle])).toThrow('change 1 of 2: link "storm~grief" names a missing event "grief"');
  });
});
