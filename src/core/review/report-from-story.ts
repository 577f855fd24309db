import { analyzeStory } from '../analysis/analyze';
import type { Story } from '../model/story';
import { reportBody, reportHtml, type ReportInput } from './report-html';

/**
 * The report's input from the story alone: its analysis, split into active and dismissed conflicts.
 * The analysis already leaves the story's own dismissals out of its active list and hands them back
 * apart; `alsoDismissed` names more to treat as dismissed (not yet in the story).
 */
export function reportInput(story: Story, generatedAt: string, alsoDismissed: readonly string[] = []): ReportInput {
  const extra = new Set(alsoDismissed);
  const { conflicts, dismissed } = analyzeStory(story);
  return {
    story,
    active: conflicts.filter((c) => !extra.has(c.id)),
    dismissed: [...dismissed, ...conflicts.filter((c) => extra.has(c.id))],
    generatedAt,
  };
}

export interface BuiltReport {
  /** The whole self-contained file. */
  readonly html: string;
  /** The body alone, for printing inside the studio. */
  readonly body: string;
}

/** Analyses the story and builds its report, file and printable body (the worker runs this for big stories). */
export function buildReport(story: Story, generatedAt: string, alsoDismissed: readonly string[] = []): BuiltReport {
  const input = reportInput(story, generatedAt, alsoDismissed);
  return { html: reportHtml(input), body: reportBody(input) };
}
