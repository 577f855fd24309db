import type { AnalysisResult } from '../../core/analysis/analyze';
import { CONFLICT_CATEGORIES, type Conflict, type ConflictCategory } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';

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

/** The human-readable report of one checked file: header, conflicts by category, summary line. */
export function checkText(file: string, story: Story, result: AnalysisResult, ms: number): string {
  const lines: string[] = [];
  lines.push(`${file}: "${story.title}" (${plural(result.stats.events, 'event')}, ${plural(result.stats.links, 'link')})`);
  for (const [category, group] of groupByCategory(result.conflicts)) {
    lines.push('');
    lines.push(`  ${category} (${group.length})`);
    for (const c of group) {
      lines.push(`    ${fixed2(c.severity)}  ${c.type}: ${c.message}`);
      lines.push(`          id: ${c.id}`);
    }
  }
  if (result.conflicts.length > 0) lines.push('');
  const found = result.conflicts.length === 0 ? 'no conflicts' : plural(result.conflicts.length, 'conflict');
  lines.push(
    `  ${found}; coherence ${fixed2(result.scores.coherence)}, therapeutic alignment ${result.scores.therapeuticAlignment === null ? 'not assessed (no therapy profile)' : fixed2(result.scores.therapeuticAlignment)} (${ms.toFixed(1)} ms)`,
  );
  return lines.join('\n') + '\n';
}
