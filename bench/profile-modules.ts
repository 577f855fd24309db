/** Time per source module (the unminified bundle's "// src/..." markers) in a CPU profile, and Cytoscape's share of it. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Profile, ProfileNode } from './cpu-profile';

/** Per bundle file, the line at which each module starts ("// src/ui/x.ts", "// node_modules/pkg/..."). */
type ModuleIndex = Map<string, { readonly lines: number[]; readonly names: string[] }>;

/** The module index of the bundles in `outDir`/assets (built unminified). */
export function moduleIndex(outDir: string): ModuleIndex {
  const index: ModuleIndex = new Map();
  const dir = `${outDir}/assets`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const lines: number[] = [];
    const names: string[] = [];
    readFileSync(`${dir}/${file}`, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text);
        if (!m) return;
        const path = m[1]!;
        // A package counts as one module: node_modules/@scope/pkg or node_modules/pkg.
        const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
        lines.push(i);
        names.push(pkg ? pkg[1]! : path);
      });
    index.set(file, { lines, names });
  }
  return index;
}

function moduleOf(index: ModuleIndex, n: ProfileNode): string {
  const file = n.callFrame.url.split('/').pop() ?? '';
  const m = index.get(file);
  if (!m) return n.callFrame.url === '' ? n.callFrame.functionName || '(native)' : '(page)';
  let lo = 0;
  let hi = m.lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m.lines[mid]! <= n.callFrame.lineNumber) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? file : m.names[found]!;
}

/** Per busy run: its length, the part with Cytoscape on the stack (the canvas), and inclusive time per module. */
export function byModule(p: Profile, windows: readonly { start: number; end: number }[], index: ModuleIndex): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const summary: { inside: number; withoutCytoscape: number; withoutGraph: number }[] = [];
  for (const w of windows) {
    const total = new Map<string, number>();
    const rest = new Map<string, number>();
    let inside = 0;
    let canvas = 0;
    let graphMs = 0;
    let t = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.timeDeltas[i]!;
      if (t < w.start || t > w.end) continue;
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      inside += dt;
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id)!;
        if (n.callFrame.functionName === '(root)') continue;
        seen.add(moduleOf(index, n));
      }
      const graph = [...seen].some((k) => k === 'cytoscape' || k.startsWith('src/ui/graph/'));
      if (seen.has('cytoscape')) canvas += dt;
      if (graph) graphMs += dt;
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
      if (!graph) for (const k of seen) rest.set(k, (rest.get(k) ?? 0) + dt);
    }
    const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 24).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
    console.log(`\n=== task ${inside.toFixed(0)} ms: Cytoscape ${canvas.toFixed(0)} ms, Cytoscape or src/ui/graph ${graphMs.toFixed(0)} ms, the rest ${(inside - graphMs).toFixed(0)} ms ===`);
    console.log(top(total));
    if (inside - graphMs > 10) console.log(`--- the rest (no Cytoscape or src/ui/graph on the stack) ---\n${top(rest)}`);
    summary.push({ inside, withoutCytoscape: inside - canvas, withoutGraph: inside - graphMs });
  }
  const worst = (k: 'inside' | 'withoutCytoscape' | 'withoutGraph') => Math.max(0, ...summary.map((x) => x[k])).toFixed(0);
  console.log(`\nlongest task ${worst('inside')} ms; without Cytoscape's time ${worst('withoutCytoscape')} ms; without Cytoscape's or src/ui/graph's ${worst('withoutGraph')} ms`);
}

