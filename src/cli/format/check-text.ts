import type { AnalysisResult } from '../../core/analysis/analyze';
import { CONFLICT_CATEGORIES, type Conflict, type ConflictCategory } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { field } from '../terminal-text';

/** "1 conflict", "2 conflicts". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Scores and severities read best with two decimals. */
export const fixed2 = (x: number): string => x.toFixed(2);

/** Conflicts by category, in the spec's category order, each group most severe first (ties by id). */
export function groupByCategory(conflicts: readonly Conflict[]): [ConflictCategory, Conflict[]][] {
  const groups = new Map<ConflictCategory, Conflict[]>();
  for (const c of conflicts) {
    const group = groups.get(c.category);
    if (group) group.push(c);
    else groups.set(c.category, [c]);
  }
  const out: [ConflictCategory, Conflict[]][] = [];
  for (const category of CONFLICT_CATEGORIES) {
    const group = groups.get(category);
    if (!group) continue;
    group.sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.push([category, group]);
  }
  return out;
}

/** Dismissed conflicts (with their notes) and stale dismissed ids, apart from the counted conflicts. */
function reviewLines(result: AnalysisResult): string[] {
  const lines: string[] = [];
  if (result.dismissed.length > 0) {
    lines.push('', `  dismissed, not counted (${result.dismissed.length})`);
    for (const c of result.dismissed) {
      lines.push(`    ${c.type}: ${field(c.message)}`);
      lines.push(`          id: ${field(c.id)}${c.dismissal.note ? `; note: ${field(c.dismissal.note)}` : ''}`);
    }
  }
  if (result.stale.length > 0) {
    lines.push('', `  dismissed but no longer found (${result.stale.length})`);
    for (const d of result.stale) lines.push(`    id: ${field(d.id)}${d.note ? `; note: ${field(d.note)}` : ''}`);
  }
  return lines;
}

/** The human-readable report of one checked file: header, conflicts by category, summary line; story text made terminal-safe. */
export function checkText(file: string, story: Story, result: AnalysisResult, ms: number): string {
  const lines: string[] = [];
  lines.push(`${field(file)}: "${field(story.title)}" (${plural(result.stats.events, 'event')}, ${plural(result.stats.links, 'link')})`);
  for (const [category, group] of groupByCategory(result.conflicts)) {
    lines.push('');
    lines.push(`  ${category} (${group.length})`);
    for (const c of group) {
      lines.push(`    ${fixed2(c.severity)}  ${c.type}: ${field(c.message)}`);
      lines.push(`          id: ${field(c.id)}`);
    }
  }
  for (const line of reviewLines(result)) lines.push(line);
  if (result.conflicts.length > 0 || result.dismissed.length > 0 || result.stale.length > 0) lines.push('');
  const found = result.conflicts.length === 0 ? 'no conflicts' : plural(result.conflicts.length, 'conflict');
  lines.push(
    `  ${found}; coherence ${fixed2(result.scores.coherence)}, therapeutic alignment ${result.scores.therapeuticAlignment === null ? 'not assessed (no therapy profile)' : fixed2(result.scores.therapeuticAlignment)} (${ms.toFixed(1)} ms)`,
  );
  return lines.join('\n') + '\n';
}
