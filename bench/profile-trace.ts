/** A Chromium trace around one step, summarised per long main-thread task (PROFILE_TIMELINE=1: tasks in order, main thread and worker). */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

/** Records a Chromium trace around `act` and prints, per main-thread task over 50 ms, where its time went (script, style, layout, paint, GC...). */
/** `outFile`: where the raw trace is written. */
export async function trace(page: Page, cdp: CDPSession, act: () => Promise<void>, outFile: string): Promise<void> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    // PROFILE_TRACE_CATEGORIES: more categories, comma-separated (e.g. disabled-by-default-skia, for what a canvas flush draws).
    categories: ['devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink', process.env.PROFILE_TRACE_CATEGORIES].filter(Boolean).join(','),
    transferMode: 'ReportEvents',
  } as never);
  await act();
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(outFile, JSON.stringify(events));
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const kinds = ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest', 'RunMicrotasks', 'v8.callFunction'];
  const threads = events.filter((e) => e.name === 'thread_name') as unknown as { tid: number; pid: number; args: { name: string } }[];
  const worker = threads.find((t) => t.args.name.includes('DedicatedWorker'));
  if (process.env.PROFILE_TIMELINE && main) {
    const t0 = Math.min(...onMain.map((e) => e.ts));
    const row = (e: TraceEvent, who: string) => `${((e.ts - t0) / 1000).toFixed(1).padStart(8)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${who}`;
    const lines: [number, string][] = [];
    for (const e of onMain) if (e.name === 'RunTask' && (e.dur ?? 0) > 3000) lines.push([e.ts, row(e, 'main')]);
    if (worker) for (const e of events) if (e.tid === worker.tid && e.pid === worker.pid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 3000) lines.push([e.ts, row(e, '        worker')]);
    console.log(lines.sort((a, b) => a[0] - b[0]).map((l) => l[1]).join('\n'));
  }
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    const sums = new Map<string, number>();
    for (const e of inside) if (kinds.includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const parts = [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    console.log(`task ${((t.dur ?? 0) / 1000).toFixed(0)} ms: ${parts.join(', ')}`);
  }
}

