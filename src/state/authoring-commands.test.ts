import { afterEach, describe, expect, it } from 'vitest';
import { newEvent } from '../core/edits/ops';
import { freshTitle, insertEvent, linkEvents, removeSelection } from './authoring-commands';
import { undo } from './document-commands';
import { select } from './selection-commands';
import { startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const story = () => s().document.getState().story;

describe('writing events and links', () => {
  it('inserts an event after the latest one with the format defaults, selected', async () => {
    studio = await startTestStudio();
    const id = insertEvent(s(), { title: 'The keeper wakes' });
    expect(id).not.toBeNull();
    // The fixture's latest event is at time 6.
    expect(story().events.find((e) => e.id === id)).toEqual({
      id,
      title: 'The keeper wakes',
      scale: 'scene',
      time: 7,
      duration: 0,
      participants: [],
      themes: {},
      intensity: 0,
      tags: [],
      effects: {},
    });
    expect(s().selection.getState().events).toEqual([id]);
    expect(s().document.getState().undoLabel).toBe('Undo add event');
    // Placed by the caller (Add event next to the selected one): at the time given.
    const near = insertEvent(s(), { time: 3, scale: 'arc' });
    expect(story().events.find((e) => e.id === near)).toMatchObject({ time: 3, scale: 'arc' });
  });

  it('links two events as `from->to`, and gives a second link between them an id of its own', async () => {
    studio = await startTestStudio();
    expect(linkEvents(s(), 'flood', 'bell')).toBe('flood->bell');
    expect(linkEvents(s(), 'flood', 'bell', { strength: 0.9 })).toBe('flood->bell#2');
    expect(story().links.filter((l) => l.from === 'flood' && l.to === 'bell').map((l) => [l.id, l.strength, l.kind])).toEqual([
      ['flood->bell', 0.5, 'causes'],
      ['flood->bell#2', 0.9, 'causes'],
    ]);
    expect(s().selection.getState().links).toEqual(['flood->bell#2']);
  });

  it('removes the selection, an event with its links, as one undo step', async () => {
    studio = await startTestStudio();
    const before = story();
    select(s(), { events: ['storm'], links: ['storm->flood', 'bell->crowd'] });
    expect(removeSelection(s())).toBe(true);
    expect(story().events.map((e) => e.id)).not.toContain('storm');
    expect(story().links).toEqual([]);
    expect(s().document.getState().undoLabel).toBe('Undo delete 3 items');
    undo(s());
    expect(story()).toEqual(before);
  });
});

describe('titles of new events', () => {
  it('numbers events added one after another, so they can be told apart', async () => {
    studio = await startTestStudio();
    const ids = [insertEvent(s()), insertEvent(s()), insertEvent(s())];
    const titles = ids.map((id) => story().events.find((e) => e.id === id)?.title);
    expect(titles).toEqual(['New event', 'New event 2', 'New event 3']);
  });

  it('takes the first number free, and is not fooled by titles that only start alike', () => {
    const titled = (...titles: string[]) => titles.map((title, i) => newEvent({ id: `e${i}`, title, time: i, scale: 'scene' }));
    expect(freshTitle(titled())).toBe('New event');
    expect(freshTitle(titled('New event', 'New event 3'))).toBe('New event 2');
    expect(freshTitle(titled('New event 2', 'New events', 'New event 02'))).toBe('New event');
    expect(freshTitle(titled('New event', 'New event 2', 'New event x'))).toBe('New event 3');
  });
});
