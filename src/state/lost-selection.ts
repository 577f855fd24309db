import type { Story } from '../core/model/story';
import type { Selection } from './types';

const quoted = (title: string): string => `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What to tell the person in this tab when another tab's change deleted what they had
 * selected here (the Inspector they were reading empties without a word otherwise), or
 * null when nothing selected went. `previous` is the story the selection was made in.
 */
export function lostSelectionText(previous: Story, before: Pick<Selection, 'events' | 'links'>, after: Pick<Selection, 'events' | 'links'>): string | null {
  const events = before.events.filter((id) => !after.events.includes(id));
  const links = before.links.filter((id) => !after.links.includes(id));
  if (events.length === 0 && links.length === 0) return null;
  const title = (id: string): string => previous.events.find((e) => e.id === id)?.title ?? id;
  if (events.length === 1 && links.length === 0) return `Another tab deleted ${quoted(title(events[0]!))}, which you had selected here.`;
  if (events.length === 0 && links.length === 1) {
    const link = previous.links.find((l) => l.id === links[0]);
    const ends = link ? ` (${quoted(title(link.from))} → ${quoted(title(link.to))})` : '';
    return `Another tab deleted the link you had selected here${ends}.`;
  }
  const parts = [events.length > 0 ? count(events.length, 'event') : '', links.length > 0 ? count(links.length, 'link') : ''].filter(Boolean);
  return `Another tab deleted ${parts.join(' and ')} you had selected here.`;
}
