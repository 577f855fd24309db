import type { StoryIndex } from '../../core/analysis/story-index';
import { eventLabel } from '../../core/analysis/event-label';
import type { Ripple } from '../../core/ripple/ripple';
import { field } from '../terminal-text';

/** The ripple as `nao impact --json` prints it: source, reached, perScale first (docs/CLI.md), then the rest. */
export function impactJson(ripple: Ripple): Record<string, unknown> {
  return {
    source: ripple.source,
    reached: ripple.reached.map((r) => ({ event: r.event, impact: r.impact, hops: r.hops, path: r.path })),
    perScale: ripple.perScale,
    direction: ripple.direction,
    characters: ripple.characters,
    locations: ripple.locations,
    themes: ripple.themes,
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Long best paths are shown by their ends: the middle of a 3,000-link chain tells nobody anything. */
function shortPath(path: readonly string[]): string {
  const shown = path.length <= 7 ? path : [...path.slice(0, 3), `…(${path.length - 6} more)…`, ...path.slice(-3)];
  return shown.map((id) => field(id, 100)).join(' -> ');
}

/** Left-aligned columns separated by two spaces; the first `right` columns are right-aligned (numbers). */
function table(rows: readonly (readonly string[])[], right: number): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c < right ? cell.padStart(widths[c]!) : c === row.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  '),
  );
}

/** The human-readable ripple: a table of reached events with impact in percent, then the per-scale sums. */
export function impactText(ix: StoryIndex, ripple: Ripple, top: number): string {
  const source = ix.eventIndex.get(ripple.source)!;
  const verb = ripple.direction === 'forward' ? 'Ripple from' : 'What led to';
  const count = ripple.reached.length;
  const lines = [`${verb} ${field(eventLabel(ix, source))} [${field(ripple.source, 200)}]: ${count} event${count === 1 ? '' : 's'} reached`];
  const shown = top > 0 ? ripple.reached.slice(0, top) : ripple.reached;
  if (shown.length > 0) {
    const rows = [['impact', 'hops', 'event', 'title', 'scale', 'path']];
    for (const r of shown) {
      const e = ix.events[ix.eventIndex.get(r.event)!]!;
      rows.push([percent(r.impact), String(r.hops), field(r.event, 100), field(e.title, 200), e.scale, shortPath(r.path)]);
    }
    lines.push('', ...table(rows, 2).map((l) => `  ${l}`));
  }
  if (shown.length < count) lines.push(`  … and ${count - shown.length} more (--top 0 shows all, --json gives everything)`);
  const perScale = Object.entries(ripple.perScale).map(([scale, sum]) => `${scale} ${sum.toFixed(2)}`);
  lines.push('', `  impact per scale: ${perScale.join(', ')}`);
  const list = (items: readonly string[]): string => (items.length > 0 ? items.map((item) => field(item, 200)).join(', ') : '-');
  lines.push(`  characters: ${list(ripple.characters)}`);
  lines.push(`  locations: ${list(ripple.locations)}`);
  lines.push(`  themes: ${list(ripple.themes)}`);
  return lines.join('\n') + '\n';
}
