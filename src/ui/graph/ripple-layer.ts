import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { edgeId, nodeId } from './canvas-ids';
import type { Ripple } from '../../state';
import { GRAPH_STYLESHEET } from './graph-stylesheet';
import { pathLinks, type PathLink, type RippleLayers } from './impact-layers';

const TIERS = ['impact-t1', 'impact-t2', 'impact-t3', 'impact-t4', 'impact-t5'];
/** Classes of a story element that carry its look (conflict category, link kind, curved); copied to its twin on the layer. */
const LOOK = /^(conflict|cat-.*|kind-.*|bundled)$/;
/** The whole spread takes at most this long, however many hops it has. */
const SPREAD_MS = 1400;
const HOP_MS = 160;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A read-only window onto the ripple layer for end-to-end tests: `window.arcStudioRipple`. */
export interface RippleProbe {
  /** Classes of an event or link drawn on the ripple layer, null when it is not drawn there. */
  classes(id: string): string[] | null;
}

/**
 * Draws a ripple over the story canvas. Restyling every element of a 5,000-event
 * canvas to fade it costs Cytoscape about a second, so the story canvas is faded as
 * a whole (CSS opacity, composited) and the source, the reached events and the links
 * of their best paths are drawn on a second, small Cytoscape instance on top, kept
 * in step with the story canvas's viewport. Pointer events go through to the story
 * canvas. Reached events appear hop by hop from the source, tinted by impact.
 */
export class RippleLayer {
  private layer: Core | null = null;
  private host: HTMLDivElement | null = null;
  private resize: ResizeObserver | null = null;
  private layers: RippleLayers | null = null;
  private revealed = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private path: { ids: readonly string[]; direction: Ripple['direction'] } | null = null;
  private readonly syncViewport = (): void => {
    if (this.layer && !this.base.destroyed()) this.layer.viewport({ zoom: this.base.zoom(), pan: { ...this.base.pan() } });
  };

  constructor(private readonly base: Core) {
    (globalThis as { arcStudioRipple?: RippleProbe }).arcStudioRipple = {
      classes: (id) => {
        const layer = this.layer;
        const ele = layer ? [nodeId(id), edgeId(id)].map((c) => layer.getElementById(c)).find((e) => e.nonempty()) : undefined;
        return ele ? ele.classes() : null;
      },
    };
  }

  /** Shows a ripple; with `animate` it spreads hop by hop, otherwise it appears at once. */
  show(layers: RippleLayers, animate: boolean): void {
    this.stop();
    const layer = this.ensureLayer();
    if (!layer) return;
    this.layers = layers;
    this.revealed = 0;
    this.paintSource();
    this.base.container()?.classList.add('impact-dimmed');
    if (!animate || prefersReducedMotion() || layers.layers.length === 0) {
      this.revealUpTo(layers.layers.length);
      this.repaintPath();
      return;
    }
    const step = Math.max(16, Math.min(HOP_MS, SPREAD_MS / layers.layers.length));
    const tick = (): void => {
      this.timer = undefined;
      if (!this.layers || this.base.destroyed()) return;
      this.revealUpTo(this.revealed + 1);
      this.repaintPath();
      if (this.revealed < this.layers.layers.length) this.timer = setTimeout(tick, step);
    };
    this.timer = setTimeout(tick, step);
  }

  /** Draws again what is shown so far, from the story canvas's current elements and positions (after a patch). */
  reapply(): void {
    if (!this.layers || !this.layer) return;
    const upTo = this.revealed;
    this.revealed = 0;
    this.paintSource();
    this.revealUpTo(upTo);
    this.repaintPath();
  }

  /** Highlights one best path (null: none). */
  highlight(ids: readonly string[] | null, direction: Ripple['direction']): void {
    this.path = ids ? { ids, direction } : null;
    this.repaintPath();
  }

  /** Removes the ripple; the story canvas is no longer faded. */
  clear(): void {
    this.stop();
    this.layers = null;
    this.revealed = 0;
    this.path = null;
    if (!this.base.destroyed()) this.base.container()?.classList.remove('impact-dimmed');
    this.layer?.elements().remove();
  }

  /** Stops a running spread (what is drawn stays). */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Removes the layer for good (the story canvas is going away). */
  dispose(): void {
    this.clear();
    this.base.removeListener('viewport', this.syncViewport);
    this.resize?.disconnect();
    this.layer?.destroy();
    this.host?.remove();
    this.layer = null;
    this.host = null;
  }

  private ensureLayer(): Core | null {
    if (this.layer) return this.layer;
    const parent = this.base.container()?.parentElement;
    if (!parent || this.base.destroyed()) return null;
    const host = document.createElement('div');
    host.className = 'ripple-layer';
    host.setAttribute('aria-hidden', 'true');
    parent.appendChild(host);
    this.host = host;
    this.layer = cytoscape({
      container: host,
      style: GRAPH_STYLESHEET,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      minZoom: this.base.minZoom(),
      maxZoom: this.base.maxZoom(),
    });
    this.syncViewport();
    this.base.on('viewport', this.syncViewport);
    this.resize = new ResizeObserver(() => {
      this.layer?.resize();
      this.syncViewport();
    });
    this.resize.observe(host);
    return this.layer;
  }

  /** A twin of a story node for the layer, with the node's look plus `classes`. */
  private twin(node: NodeSingular, classes: string): ElementDefinition {
    const { x, y } = node.position();
    const look = node.classes().filter((c) => LOOK.test(c));
    return { group: 'nodes', data: { ...node.data() }, position: { x, y }, classes: [...look, classes].join(' ') };
  }

  /** Story links from `from` to `to` as layer edges (parallel links included, ghosts not). */
  private twinLinks(l: PathLink, classes: string): ElementDefinition[] {
    return this.base
      .getElementById(nodeId(l.from))
      .edgesTo(this.base.getElementById(nodeId(l.to)))
      .filter((e) => !e.hasClass('ghost'))
      .map((e) => ({
        group: 'edges',
        data: { id: e.id(), source: nodeId(l.from), target: nodeId(l.to), width: e.data('width') as number },
        classes: [...e.classes().filter((c) => LOOK.test(c)), classes].join(' '),
      }));
  }

  private paintSource(): void {
    const layer = this.layer;
    const layers = this.layers;
    if (!layer || !layers) return;
    layer.batch(() => {
      layer.elements().remove();
      const source = this.base.getElementById(nodeId(layers.source));
      if (source.nonempty()) layer.add(this.twin(source as NodeSingular, 'impact-source'));
    });
  }

  private revealUpTo(count: number): void {
    const layer = this.layer;
    const layers = this.layers;
    if (!layer || !layers) return;
    const to = Math.min(count, layers.layers.length);
    if (to <= this.revealed) return;
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    for (let k = this.revealed; k < to; k++) {
      for (const { id, tier } of layers.layers[k]!) {
        const node = this.base.getElementById(nodeId(id));
        if (node.nonempty()) nodes.push(this.twin(node as NodeSingular, `impact-reached ${TIERS[tier - 1]}`));
      }
      for (const l of layers.links[k]!) edges.push(...this.twinLinks(l, 'impact-edge'));
    }
    layer.batch(() => {
      layer.add(nodes);
      // An edge needs both ends drawn: a best-path link always starts at an event of an earlier hop.
      layer.add(edges.filter((e) => layer.getElementById(String(e.data.source)).nonempty() && layer.getElementById(String(e.data.target)).nonempty()));
    });
    this.revealed = to;
  }

  private repaintPath(): void {
    const layer = this.layer;
    if (!layer) return;
    layer.batch(() => {
      layer.elements('.path-extra').remove();
      layer.elements('.impact-path').removeClass('impact-path');
      if (!this.path) return;
      for (const id of this.path.ids) layer.getElementById(nodeId(id)).addClass('impact-path');
      for (const l of pathLinks(this.path.ids, this.path.direction)) {
        const drawn = layer.getElementById(nodeId(l.from)).edgesTo(layer.getElementById(nodeId(l.to)));
        if (drawn.nonempty()) drawn.addClass('impact-path');
        // A path's prefix need not be the tree's best path to that event (depth-limited ripples): draw its link anyway.
        else if (layer.getElementById(nodeId(l.from)).nonempty() && layer.getElementById(nodeId(l.to)).nonempty()) {
          layer.add(this.twinLinks(l, 'impact-path path-extra'));
        }
      }
    });
  }
}
