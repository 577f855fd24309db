import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useDocument, useLanes } from '../../state';
import { edgeId, nodeId } from '../graph/canvas-ids';
import { graphInstance, onGraphInstance } from '../graph/graph-controller';
import { PLAY_CURRENT_CLASS, PLAY_PATH_CLASS } from '../graph/overlay-stylesheet';

const ON_PATH = PLAY_PATH_CLASS;
const CURRENT = PLAY_CURRENT_CLASS;

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
  // The canvas ids given the classes, so that only they are cleared (a selector over every element is 80,000 checks at 20,000 events).
  const marked = useRef<string[]>([]);
  useEffect(() => {
    if (!cy) return;
    // After the canvas patch of this render has run.
    const frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      cy.batch(() => {
        for (const id of marked.current) cy.getElementById(id).removeClass(`${ON_PATH} ${CURRENT}`);
        const ids: string[] = [];
        const mark = (id: string, cls: string): void => {
          cy.getElementById(id).addClass(cls);
          ids.push(id);
        };
        path.forEach((id, i) => {
          // Canvas ids carry their kind (canvas-ids.ts): an event and a link may share a story id.
          mark(nodeId(id), ON_PATH);
          const next = path[i + 1];
          if (next === undefined) return;
          const link = story.links.find((l) => l.from === id && l.to === next);
          if (link) mark(edgeId(link.id), ON_PATH);
        });
        const last = path[path.length - 1];
        if (last !== undefined) mark(nodeId(last), CURRENT);
        marked.current = ids;
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, path, story, revision, lanesRevision]);
  useEffect(
    () => () => {
      if (cy && !cy.destroyed()) for (const id of marked.current) cy.getElementById(id).removeClass(`${ON_PATH} ${CURRENT}`);
      marked.current = [];
    },
    [cy],
  );
}
