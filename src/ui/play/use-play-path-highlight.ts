import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { useDocument, useLanes } from '../../state';
import { edgeId, nodeId } from '../graph/canvas-ids';
import { graphInstance, onGraphInstance } from '../graph/graph-controller';

const ON_PATH = 'play-path';
const CURRENT = 'play-current';

/** Adds the play styles to a canvas once (the graph's own stylesheet stays untouched). */
const styled = new WeakSet<Core>();
function ensureStyles(cy: Core): void {
  if (styled.has(cy)) return;
  styled.add(cy);
  cy.style()
    .selector(`node.${ON_PATH}`)
    .style({ 'border-width': 5, 'border-color': '#b45309', 'border-opacity': 1 })
    .selector(`edge.${ON_PATH}`)
    .style({ width: 6, 'line-color': '#b45309', 'target-arrow-color': '#b45309', opacity: 1 })
    .selector(`node.${CURRENT}`)
    .style({ 'border-width': 8, 'border-color': '#b45309', 'background-color': '#fde68a' })
    .update();
}

/**
 * Highlights the walked path on the story canvas with two classes (`play-path` on its
 * events and links, `play-current` on the last event). The graph has no overlay API for
 * this, so it is a class toggle, applied again after every canvas patch (a patch resets
 * the classes of the elements it changes). Story ids become canvas ids through
 * canvas-ids.ts: an event and a link may share an id in a story, not on the canvas.
 */
export function usePlayPathHighlight(path: readonly string[]): void {
  const [cy, setCy] = useState<Core | null>(() => graphInstance());
  useEffect(() => onGraphInstance(() => setCy(graphInstance())), []);
  const revision = useDocument((d) => d.revision);
  const story = useDocument((d) => d.story);
  const lanesRevision = useLanes().data?.revision;
  useEffect(() => {
    if (!cy) return;
    ensureStyles(cy);
    // After the canvas patch of this render has run.
    const frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      cy.batch(() => {
        cy.elements(`.${ON_PATH}, .${CURRENT}`).removeClass(`${ON_PATH} ${CURRENT}`);
        path.forEach((id, i) => {
          // Canvas ids carry their kind (canvas-ids.ts): an event and a link may share a story id.
          cy.getElementById(nodeId(id)).addClass(ON_PATH);
          const next = path[i + 1];
          if (next === undefined) return;
          const link = story.links.find((l) => l.from === id && l.to === next);
          if (link) cy.getElementById(edgeId(link.id)).addClass(ON_PATH);
        });
        const last = path[path.length - 1];
        if (last !== undefined) cy.getElementById(nodeId(last)).addClass(CURRENT);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, path, story, revision, lanesRevision]);
  useEffect(
    () => () => {
      if (cy && !cy.destroyed()) cy.elements(`.${ON_PATH}, .${CURRENT}`).removeClass(`${ON_PATH} ${CURRENT}`);
    },
    [cy],
  );
}
