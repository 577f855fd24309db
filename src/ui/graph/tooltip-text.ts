import type { Story } from '../../core/model/story';
import { CATEGORY_LOOK } from '../categories';
import { findEvent } from '../common/event-lookup';
import type { ConflictMarks } from './conflict-marks';
import { formatTime } from './time-ticks';

/** The lines of the tooltip of an event or link on the canvas: what a person needs to tell it apart. */
export interface TooltipContent {
  readonly heading: string;
  readonly lines: readonly string[];
}

const percent = (v: number): string => `${Math.round(v * 100)}%`;

function conflictLine(mark: { count: number; category: keyof typeof CATEGORY_LOOK } | undefined): string {
  if (!mark) return 'No conflicts';
  const look = CATEGORY_LOOK[mark.category];
  return `${mark.count} ${mark.count === 1 ? 'conflict' : 'conflicts'} (${look.glyph} ${look.label.toLowerCase()}${mark.count > 1 ? ' and more' : ''})`;
}

/** Tooltip of an event: title, scale, time (and duration) in human terms, intensity, conflicts. */
export function eventTooltip(story: Story, marks: ConflictMarks, id: string): TooltipContent | null {
  const e = findEvent(story.events, id);
  if (!e) return null;
  const scale = story.scales.find((s) => s.id === e.scale);
  const time = formatTime(e.time, story.timeUnit);
  const span = e.duration > 0 ? ` – ${formatTime(e.time + e.duration, story.timeUnit)}` : '';
  return {
    heading: e.title,
    lines: [`${scale?.label ?? e.scale} · ${time}${span}`, `Intensity ${percent(e.intensity)}`, conflictLine(marks.events.get(id))],
  };
}

/** Tooltip of a link: cause → effect, kind, strength, conflicts. */
export function linkTooltip(story: Story, marks: ConflictMarks, id: string): TooltipContent | null {
  const l = story.links.find((x) => x.id === id);
  if (!l) return null;
  const title = (eventId: string): string => findEvent(story.events, eventId)?.title ?? eventId;
  return {
    heading: `${title(l.from)} → ${title(l.to)}`,
    lines: [`${l.kind} · strength ${percent(l.strength)}`, conflictLine(marks.links.get(id))],
  };
}
