import cytoscape, { type Core } from 'cytoscape';
import { GRAPH_STYLESHEET } from '../graph-stylesheet';

/** A headless canvas with the graph's own stylesheet: two events (e:a, e:b) and a link between them (l:ab). */
export function styledCanvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: GRAPH_STYLESHEET,
    elements: [
      { group: 'nodes', data: { id: 'e:a', label: 'Storm', size: 16, intensity: 0.4 } },
      { group: 'nodes', data: { id: 'e:b', label: 'Calm', size: 16, intensity: 0.2 } },
      { group: 'edges', data: { id: 'l:ab', source: 'e:a', target: 'e:b', width: 2 } },
    ],
  });
}
