/** Where a CPU profile's time went inside given windows: self and inclusive time per function (PROFILE_CALLERS, PROFILE_UNDER, PROFILE_GREP add views). */
import { label, type Profile } from './cpu-profile';

export /** Self and inclusive time per function over the samples inside [from, to] (profile clock, µs). */
function summarise(p: Profile, windows: readonly { start: number; end: number }[], only = 0): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const callersOf = process.env.PROFILE_CALLERS ? new RegExp(process.env.PROFILE_CALLERS) : null;
  const stacks = new Map<string, number>();
  const under = process.env.PROFILE_UNDER ? new RegExp(process.env.PROFILE_UNDER) : null;
  const underStacks = new Map<string, number>();
  const total = new Map<string, number>();
  let t = p.startTime;
  let inside = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some((w) => t >= w.start && t <= w.end)) continue;
    inside += dt;
    const leaf = byId.get(p.samples[i]!)!;
    const l = label(leaf);
    self.set(l, (self.get(l) ?? 0) + dt);
    if (under) {
      // The frames from the leaf up to (not including) the first frame matching `under`.
      const chain: string[] = [];
      let hit = false;
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = label(byId.get(id)!);
        if (under.test(k)) {
          hit = true;
          break;
        }
        chain.push(k);
      }
      if (hit) {
        const key = chain.slice(-3).reverse().join(' > ') || '(self)';
        underStacks.set(key, (underStacks.get(key) ?? 0) + dt);
      }
    }
    if (callersOf) {
      const chain: string[] = [];
      let hit = false;
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = label(byId.get(id)!);
        if (!hit && callersOf.test(k)) hit = true;
        if (hit) chain.push(k);
        if (chain.length >= 7) break;
      }
      if (hit) stacks.set(chain.join(' < '), (stacks.get(chain.join(' < ')) ?? 0) + dt);
    }
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const k = label(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  if (only > 0) {
    console.log(`\n=== task ${inside.toFixed(0)} ms ===\n` + top(total, only));
    return;
  }
  console.log(`\nsampled time inside long tasks: ${inside.toFixed(1)} ms`);
  console.log('\n--- self time ---\n' + top(self, 40));
  console.log('\n--- inclusive time ---\n' + top(total, 60));
  if (under) console.log('\n--- under ' + String(under) + ' (top three frames below it) ---\n' + top(underStacks, 40));
  if (callersOf) console.log('\n--- call chains ---\n' + top(stacks, 25));
  const pattern = process.env.PROFILE_GREP;
  if (pattern) {
    const re = new RegExp(pattern);
    console.log('\n--- inclusive, matching ' + pattern + ' ---\n' + top(new Map([...total].filter(([k]) => re.test(k))), 80));
  }
}

