import type { Core, ElementDefinition } from 'cytoscape';
import type { PatchPreview, PreviewEvent } from '../../state';
import { edgeId, nodeId } from './canvas-ids';
import { LABEL_WIDTH, wrapLabel } from './label-text';
import { removeElements } from './remove-elements';
import type { Point } from './project-elements';

const GHOST_PREFIX = 'diff:';
const MARKS = 'diff-removed diff-changed diff-moved-from';
const GHOST_SIZE = 26;

/** Where the canvas would draw an event after the patch; null when the layout cannot say (then no ghost is drawn). */
export type GhostPlacer = (event: PreviewEvent, kind: 'added' | 'moved', neighbours: readonly Point[]) => Point | null;

/** Canvas id of the ghost of an event or link. */
export function ghostId(id: string): string {
  return GHOST_PREFIX + id;
}

const label = (title: string): string => wrapLabel(title, '', LABEL_WIDTH);

/**
 * Draws a proposal's patch over the story without changing it: added events and links
 * as dashed ghosts, moved events as a ghost at the new place (a dotted arrow from the
 * old one), removed events and links faded and struck (red dashed), changed ones
 * outlined. Ghosts carry the `ghost` class, so every canvas handler ignores them.
 */
export class DiffPainter {
  private shown: PatchPreview | null = null;
  /** Whether ghosts or marks may be on the canvas: finding them scans every element (20,000 at 5,000 events). */
  private painted = false;

  constructor(private readonly cy: Core) {}

  /** Shows a patch preview (replacing any other). */
  show(preview: PatchPreview, place: GhostPlacer): void {
    this.shown = preview;
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    cy.batch(() => {
      this.removeAll();
      this.painted = true;
      const onCanvas = (id: string): boolean => cy.getElementById(nodeId(id)).nonempty();
      const pos = (id: string): Point | null => {
        const n = cy.getElementById(nodeId(id));
        if (n.empty()) return null;
        const { x, y } = n.position();
        return { x, y };
      };
      const ghosts: ElementDefinition[] = [];
      const ghostEdges: ElementDefinition[] = [];
      const placed = new Set<string>();
      for (const e of preview.addedEvents) {
        const neighbours = preview.addedLinks
          .flatMap((l) => (l.from === e.id ? [l.to] : l.to === e.id ? [l.from] : []))
          .map(pos)
          .filter((p): p is Point => p !== null);
        const at = place(e, 'added', neighbours);
        if (!at) continue;
        placed.add(e.id);
        ghosts.push(this.ghostNode(e.id, e.title, at, 'diff-added'));
      }
      for (const m of preview.movedEvents) {
        cy.getElementById(nodeId(m.id)).addClass('diff-moved-from');
        const at = place({ id: m.id, title: m.title, scale: m.to.scale, time: m.to.time }, 'moved', []);
        if (!at || !onCanvas(m.id)) continue;
        ghosts.push(this.ghostNode(m.id, m.title, at, 'diff-moved'));
        ghostEdges.push({
          group: 'edges',
          data: { id: ghostId(`move:${m.id}`), source: nodeId(m.id), target: ghostId(m.id), width: 1.5 },
          classes: 'ghost diff-ghost diff-move-arrow',
          selectable: false,
        });
      }
      const end = (id: string): string | null => (placed.has(id) ? ghostId(id) : onCanvas(id) ? nodeId(id) : null);
      for (const l of preview.addedLinks) {
        const source = end(l.from);
        const target = end(l.to);
        if (!source || !target) continue;
        ghostEdges.push({
          group: 'edges',
          data: { id: ghostId(`link:${l.id}`), source, target, width: Math.round((1 + l.strength * 5) * 10) / 10 },
          classes: 'ghost diff-ghost diff-added',
          selectable: false,
        });
      }
      for (const e of preview.removedEvents) cy.getElementById(nodeId(e.id)).addClass('diff-removed');
      for (const l of preview.removedLinks) cy.getElementById(edgeId(l.id)).addClass('diff-removed');
      for (const c of preview.changedEvents) cy.getElementById(nodeId(c.id)).addClass('diff-changed');
      for (const l of preview.changedLinks) cy.getElementById(edgeId(l.id)).addClass('diff-changed');
      if (ghosts.length > 0) cy.add(ghosts);
      if (ghostEdges.length > 0) cy.add(ghostEdges);
    });
  }

  /** Draws the shown preview again (after the canvas was patched or the layout moved). */
  reapply(place: GhostPlacer): void {
    if (this.shown) this.show(this.shown, place);
  }

  /** Removes every ghost and mark. */
  clear(): void {
    this.shown = null;
    if (!this.painted || this.cy.destroyed()) return;
    this.cy.batch(() => this.removeAll());
  }

  private removeAll(): void {
    if (!this.painted) return;
    this.painted = false;
    removeElements(this.cy, this.cy.elements('.diff-ghost'));
    this.cy.elements('.diff-removed, .diff-changed, .diff-moved-from').removeClass(MARKS);
  }

  private ghostNode(id: string, title: string, at: Point, kind: 'diff-added' | 'diff-moved'): ElementDefinition {
    return {
      group: 'nodes',
      data: { id: ghostId(id), label: label(title), size: GHOST_SIZE },
      position: { x: at.x, y: at.y },
      classes: `ghost diff-ghost ${kind}`,
      selectable: false,
      grabbable: false,
    };
  }
}
