import { describe, expect, it } from 'vitest';
import { newEvent } from '../../core/edits/ops';
import { choiceError, eventSuggestions, resolveEvent } from './event-choice';

const ev = (id: string, title: string, time: number) => newEvent({ id, title, time, scale: 'scene' });
const events = [ev('a', 'Storm', 1), ev('n1', 'New event', 10001), ev('n2', 'New event', 10002), ev('x', 'Twin', 5), ev('y', 'Twin', 5)];

describe('choosing an event by text', () => {
  it('suggests each shared title with its time, or its id when the time is shared too, so each event can be picked', () => {
    expect(eventSuggestions(events).map((s) => s.value)).toEqual(['Storm', 'New event (t=10001)', 'New event (t=10002)', 'Twin (x)', 'Twin (y)']);
    for (const s of eventSuggestions(events)) {
      const choice = resolveEvent(events, s.value);
      expect(choice.kind === 'one' && choice.event.id).toBe(s.key);
    }
  });

  it('takes a unique title, an id, or a title in another case', () => {
    const pick = (text: string) => {
      const c = resolveEvent(events, text);
      return c.kind === 'one' ? c.event.id : c.kind;
    };
    expect(pick('Storm')).toBe('a');
    expect(pick('  storm ')).toBe('a');
    expect(pick('n2')).toBe('n2');
    expect(pick('Calm')).toBe('none');
    expect(pick('')).toBe('none');
  });

  it('refuses a title several events share, and says how to pick one', () => {
    const choice = resolveEvent(events, 'New event');
    expect(choice).toEqual({ kind: 'several', title: 'New event', count: 2 });
    expect(choiceError(choice, 'New event')).toBe('2 events are called “New event”: pick one from the suggestions (they show each one\'s time).');
    expect(choiceError(resolveEvent(events, 'Calm'), 'Calm', true)).toBe('No other event is called “Calm”.');
  });
});
