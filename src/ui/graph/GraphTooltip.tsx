import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../core/model/story';
import type { TimeAxis } from '../../state';
import { snapTime } from './snap-time';
import { formatTime } from './time-ticks';
import { storyId } from './canvas-ids';
import type { ConflictMarks } from './conflict-marks';
import { eventTooltip, linkTooltip, type TooltipContent } from './tooltip-text';

interface Props {
  readonly cy: Core | null;
  readonly story: Story;
  readonly marks: ConflictMarks;
  /** The one selected event, shown while the canvas has keyboard focus. */
  readonly focusedEvent: string | null;
  readonly canvasFocused: boolean;
  /** The lanes' time axis (null in the layered view): a dragged event's time, live. */
  readonly axis: TimeAxis | null;
}

interface Shown {
  readonly content: TooltipContent;
  readonly x: number;
  readonly y: number;
}

/** Where an element is on the canvas (px from its top left): a node's right edge, a link's midpoint. */
function anchor(ele: SingularElementArgument): { x: number; y: number } {
  if (ele.isEdge()) return ele.renderedMidpoint();
  const p = ele.renderedPosition();
  return { x: p.x + ele.renderedWidth() / 2, y: p.y };
}

/**
 * The tooltip of the hovered event or link (title, scale, time, intensity, conflicts),
 * and of the selected event while the canvas has keyboard focus. The hovered node gets
 * the `hovered` class, which keeps its label drawn when zoomed out.
 */
export function GraphTooltip({ cy, story, marks, focusedEvent, canvasFocused, axis }: Props) {
  const [hovered, setHovered] = useState<{ id: string; edge: boolean } | null>(null);
  const [, setViewportTick] = useState(0);
  const [dragX, setDragX] = useState<{ id: string; x: number } | null>(null);
  const data = useRef({ story, marks });
  // Kept current after each render so the Cytoscape handlers bound once read today's story.
  useEffect(() => {
    data.current = { story, marks };
  });
  useEffect(() => {
    if (!cy) return;
    const over = (e: EventObject): void => {
      const ele = e.target as SingularElementArgument;
      if (ele.hasClass('ghost')) return;
      if (ele.isNode()) ele.addClass('hovered');
      setHovered({ id: ele.id(), edge: ele.isEdge() });
    };
    const out = (e: EventObject): void => {
      (e.target as SingularElementArgument).removeClass('hovered');
      setHovered(null);
    };
    const moved = (): void => setViewportTick((t) => t + 1);
    const drag = (e: EventObject): void => {
      const ele = e.target as SingularElementArgument;
      if (!ele.hasClass('ghost') && ele.isNode()) setDragX({ id: ele.id(), x: ele.position().x });
    };
    const free = (): void => setDragX(null);
    cy.on('drag', 'node', drag);
    cy.on('free', 'node', free);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', out);
    cy.on('viewport', moved);
    return () => {
      if (cy.destroyed()) return;
      cy.removeListener('mouseover', 'node, edge', over);
      cy.removeListener('mouseout', 'node, edge', out);
      cy.removeListener('viewport', moved);
      cy.removeListener('drag', 'node', drag);
      cy.removeListener('free', 'node', free);
    };
  }, [cy]);

  let shown: Shown | null = null;
  const target = (dragX && { id: dragX.id, edge: false }) ?? hovered ?? (canvasFocused && focusedEvent ? { id: `e:${focusedEvent}`, edge: false } : null);
  if (cy && target) {
    const ele = cy.getElementById(target.id);
    const id = storyId(target.id);
    const base = target.edge ? linkTooltip(story, marks, id) : eventTooltip(story, marks, id);
    // While dragged along the lanes: where in time it would land, live.
    const content =
      base && dragX && axis ? { heading: base.heading, lines: [`Move to ${formatTime(snapTime(axis, dragX.x), story.timeUnit)}`, ...base.lines] } : base;
    if (ele.nonempty() && content) shown = { content, ...anchor(ele) };
  }
  if (!shown) return null;
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: shown.x + 10, top: shown.y + 10 }} data-testid="graph-tooltip">
      <strong>{shown.content.heading}</strong>
      {shown.content.lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </div>
  );
}
