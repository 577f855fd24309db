/** A CPU profile as Chromium's Profiler gives it, and how its clock and busy stretches are found. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function as the summaries print it: name, file and line. */
export function label(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Profile clock (µs) minus page clock (ms × 1000), from the first sample inside arcProfileMark, which started at page time `markAt`. */
export function profileOffset(p: Profile, markAt: number): number | undefined {
  const marks = new Set(p.nodes.filter((n) => n.callFrame.functionName === 'arcProfileMark').map((n) => n.id));
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (marks.has(p.samples[i]!)) return t - markAt * 1000;
  }
  return undefined;
}

/** Stretches of the profile without idle samples, longer than `minMs`: the long tasks, on the profile's own clock. */
export function busyRuns(p: Profile, minMs: number): { start: number; end: number }[] {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const runs: { start: number; end: number }[] = [];
  let t = p.startTime;
  let runStart: number | null = null;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const busy = !idle.has(p.samples[i]!);
    if (busy && runStart === null) runStart = t;
    if (!busy && runStart !== null) {
      if (t - runStart >= minMs * 1000) runs.push({ start: runStart, end: t });
      runStart = null;
    }
  }
  return runs;
}

