import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { timed } from './timing';

// Child process of core-bench.ts: `node --import tsx bench/measure-baselines.ts graphology|cytoscape FILE`.
// Builds the story's link graph in a general-purpose graph library and runs its strongly
// connected components, the closest counterpart of our causal-cycle rule. Prints one JSON object.

export interface BaselineResult {
  readonly buildMs: number;
  /** null when the library's recursion overflowed the stack. */
  readonly sccMs: number | null;
  readonly error?: string;
  /** Components of two or more events (cycles), when the run finished. */
  readonly cycles?: number;
}

interface RawStory {
  readonly events: readonly { readonly id: string }[];
  readonly links: readonly { readonly id?: string; readonly from: string; readonly to: string }[];
}

/** The libraries recurse once per link along a path: deep causal chains overflow the call stack. */
function guarded(run: () => number): { ms: number | null; cycles?: number; error?: string } {
  try {
    const { ms, value } = timed(run);
    return { ms, cycles: value };
  } catch (thrown) {
    if (thrown instanceof RangeError) return { ms: null, error: 'stack overflow' };
    throw thrown;
  }
}

function withGraphology(story: RawStory): BaselineResult {
  const build = timed(() => {
    const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const e of story.events) g.addNode(e.id);
    story.links.forEach((l, j) => g.addDirectedEdgeWithKey(l.id ?? `l${j}`, l.from, l.to));
    return g;
  });
  const scc = guarded(() => stronglyConnectedComponents(build.value).filter((c) => c.length > 1).length);
  return { buildMs: build.ms, sccMs: scc.ms, ...(scc.error ? { error: scc.error } : { cycles: scc.cycles! }) };
}

function withCytoscape(story: RawStory): BaselineResult {
  const elements: cytoscape.ElementDefinition[] = [
    ...story.events.map((e) => ({ group: 'nodes' as const, data: { id: e.id } })),
    ...story.links.map((l, j) => ({ group: 'edges' as const, data: { id: l.id ?? `l${j}`, source: l.from, target: l.to } })),
  ];
  const build = timed(() => cytoscape({ headless: true, styleEnabled: false, elements }));
  const scc = guarded(() => build.value.elements().tarjanStronglyConnected().components.filter((c) => c.nodes().length > 1).length);
  return { buildMs: build.ms, sccMs: scc.ms, ...(scc.error ? { error: scc.error } : { cycles: scc.cycles! }) };
}

const [library, file] = process.argv.slice(2);
if ((library !== 'graphology' && library !== 'cytoscape') || file === undefined) {
  console.error('usage: node --import tsx bench/measure-baselines.ts graphology|cytoscape FILE');
  process.exitCode = 2;
} else {
  const story = JSON.parse(readFileSync(file, 'utf8')) as RawStory;
  console.log(JSON.stringify(library === 'graphology' ? withGraphology(story) : withCytoscape(story)));
}
