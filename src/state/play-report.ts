import type { Story } from '../core/model/story';
import type { PlayAnswer } from '../worker/play-through';

/** A short Markdown "play report" of a play-through: the path, the scale impact meters and the conflicts met. */
export function playReport(story: Story, answer: PlayAnswer): string {
  const titles = new Map(story.events.map((e) => [e.id, e.title]));
  const labels = new Map(story.scales.map((s) => [s.id, s.label ?? s.id]));
  const lines = [`# Play report: ${story.title}`, '', `## Path (${answer.path.length} events)`, ''];
  answer.path.forEach((id, i) => lines.push(`${i + 1}. ${titles.get(id) ?? id} (tension ${answer.tension[i] ?? 0})`));
  lines.push('', '## Scale impact', '');
  for (const [scale, value] of Object.entries(answer.scaleImpact)) lines.push(`- ${labels.get(scale) ?? scale}: ${value.toFixed(4)}`);
  lines.push('', `## Conflicts met (${answer.pathConflicts.length})`, '');
  if (answer.pathConflicts.length === 0) lines.push('None.');
  for (const c of answer.pathConflicts) lines.push(`- ${c.type}: ${c.message}`);
  return lines.join('\n') + '\n';
}
