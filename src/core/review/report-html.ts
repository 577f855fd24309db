import type { Conflict } from '../analysis/conflict';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import type { Story } from '../model/story';
import { hasTherapyProfile } from '../model/therapy-profile';
import { explainAlignment } from './alignment-parts';
import { escapeHtml as h } from './escape-html';
import { goalCoverage, type ThemeTrack } from './goal-coverage';
import { orphanedNoteIds } from './notes';
import { suggestedFix } from './suggested-fix';
import { tensionSeries } from './tension';
import { tensionSvg } from './tension-svg';
import { THERAPY_FIELDS } from './therapy-fields';

export interface ReportInput {
  readonly story: Story;
  /** Active conflicts (dismissed ones left out), as the analysis reports them. */
  readonly active: readonly Conflict[];
  readonly dismissed: readonly Conflict[];
  /** ISO 8601 date-time the report is made at. */
  readonly generatedAt: string;
}

/**
 * The report's stylesheet, every rule under `.report` so that the studio can print the
 * same markup inside its own page. Sections after the first start on a new printed page.
 */
export const REPORT_CSS = `
.report{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;max-width:52rem;margin:0 auto;padding:1.5rem}
.report h1{font-size:1.6rem;margin:0 0 .25rem}.report h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #c9d1d9}
.report h3{font-size:1rem;margin:1rem 0 .25rem}.report .meta{color:#57606a;margin:0}
.report table{border-collapse:collapse;width:100%;margin:.5rem 0}.report th,.report td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
.report th{background:#f6f8fa}.report .score{font-size:1.4rem;font-weight:600}.report .muted{color:#57606a}
.report ul{padding-left:1.25rem}.report li{margin:.25rem 0}.report .fix{color:#0b5e2b}
.report svg.tension{width:100%;height:auto;border:1px solid #d0d7de;background:#fff}
.report svg .band{fill:#dff3e4}.report svg .curve{fill:none;stroke:#0b4f8a;stroke-width:1.5}
.report svg .grid{stroke:#eaeef2}.report svg .tick{font-size:10px;fill:#57606a}
.report svg .mark-bad{fill:#c62828}.report svg .mark-spike{fill:#e07b00}.report svg .mark-recovery{fill:#1b7f3b}
@media print{.report{padding:0;max-width:none}.report section+section{break-before:page}.report h2{break-after:avoid}.report tr,.report li{break-inside:avoid}}
`;

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

function profileSection(ix: StoryIndex): string {
  const t = ix.settings.therapy;
  const assessed = hasTherapyProfile(ix.story);
  const rows = THERAPY_FIELDS.map((f) => `<tr><th scope="row">${h(f.label)}</th><td>${t[f.key]}</td><td class="muted">${h(f.help)}</td></tr>`).join('');
  const list = (xs: readonly string[]): string => (xs.length === 0 ? '<span class="muted">none</span>' : xs.map(h).join(', '));
  return `<section><h2>Therapy profile</h2>${assessed ? '' : '<p><strong>No therapy profile is set</strong>: the limits below are the defaults, and alignment is not assessed.</p>'}
<table><tbody>${rows}<tr><th scope="row">Goals</th><td colspan="2">${list(t.goals)}</td></tr><tr><th scope="row">Avoid</th><td colspan="2">${list(t.avoid)}</td></tr></tbody></table></section>`;
}

function alignmentSection(ix: StoryIndex, active: readonly Conflict[]): string {
  const a = explainAlignment(ix, active);
  const overall = a.overall === null ? 'not assessed: no therapy profile' : pct(a.overall);
  const parts = a.parts.map((p) => `<tr><th scope="row">${h(p.label)}</th><td>${p.score === null ? '—' : pct(p.score)}</td><td>${h(p.summary)}</td></tr>`).join('');
  return `<section><h2>Therapeutic alignment</h2><p class="score">${h(overall)}</p><p>${h(a.how)}</p>
<table><thead><tr><th>Part</th><th>Score</th><th>What it found</th></tr></thead><tbody>${parts}</tbody></table></section>`;
}

function curveSection(ix: StoryIndex): string {
  return `<section><h2>Tension curve</h2>${tensionSvg(tensionSeries(ix), ix.story.timeUnit)}
<p class="muted">Green band: window of tolerance. Red: over the limit or a peak without recovery. Orange: a spike. Dark green: a recovery beat.</p></section>`;
}

function conflictsSection(ix: StoryIndex, active: readonly Conflict[], dismissed: readonly Conflict[]): string {
  const therapeutic = active.filter((c) => c.category === 'therapeutic');
  const items = therapeutic
    .map((c) => `<li data-conflict-id="${h(c.id)}">${h(c.message)}<br><span class="fix">Suggested fix: ${h(suggestedFix(ix, c))}</span></li>`)
    .join('');
  const list = therapeutic.length === 0 ? '<p>No therapeutic conflicts.</p>' : `<ol class="conflicts">${items}</ol>`;
  const notes = new Map((ix.story.dismissed ?? []).map((d) => [d.id, d.note]));
  const gone = dismissed.filter((c) => c.category === 'therapeutic');
  const kept =
    gone.length === 0
      ? ''
      : `<h3>Dismissed by the authors (${gone.length})</h3><ul>${gone
          .map((c) => `<li>${h(c.message)}${notes.get(c.id) ? `<br><span class="muted">Why: ${h(notes.get(c.id)!)}</span>` : ''}</li>`)
          .join('')}</ul>`;
  return `<section><h2>Therapeutic conflicts (${therapeutic.length})</h2>${list}${kept}</section>`;
}

function trackRows(tracks: readonly ThemeTrack[], avoided: boolean): string {
  return tracks
    .map((t) => {
      const where = t.hits.length === 0 ? 'never' : t.hits.map((x) => `${h(x.title)} (t=${x.time}, ${x.strength})`).join('; ');
      const scales = t.perScale.filter((s) => s.events > 0).map((s) => `${h(s.label)}: ${s.events}`).join(', ') || '—';
      const extra = avoided ? '' : `<td>${h(t.trend)}</td><td>${t.reachesCoarser ? 'yes' : 'no'}</td>`;
      return `<tr><th scope="row">${h(t.theme)}</th><td>${where}</td><td>${scales}</td>${extra}</tr>`;
    })
    .join('');
}

function coverageSection(ix: StoryIndex): string {
  const g = goalCoverage(ix);
  const goals =
    g.goals.length === 0
      ? '<p>No goals are set.</p>'
      : `<table><thead><tr><th>Goal</th><th>Where it appears</th><th>Events per scale</th><th>Development</th><th>Reaches coarser scales</th></tr></thead><tbody>${trackRows(g.goals, false)}</tbody></table>`;
  const avoided =
    g.avoided.length === 0
      ? '<p>No themes are avoided.</p>'
      : `<table><thead><tr><th>Avoided theme</th><th>Events that touch it</th><th>Events per scale</th></tr></thead><tbody>${trackRows(g.avoided, true)}</tbody></table>`;
  return `<section><h2>Goal coverage</h2>${goals}<h3>Avoided themes</h3>${avoided}</section>`;
}

function notesSection(ix: StoryIndex): string {
  const notes = ix.story.notes ?? [];
  if (notes.length === 0) return '<section><h2>Notes</h2><p>No review notes.</p></section>';
  const orphaned = orphanedNoteIds(ix.story);
  const items = notes
    .map((n) => {
      const i = n.event === undefined ? undefined : ix.eventIndex.get(n.event);
      const on = i !== undefined ? `On ${h(ix.events[i]!.title)}` : n.event !== undefined && orphaned.has(n.id) ? 'On a deleted event' : 'On the story';
      const by = [n.author, n.at?.slice(0, 10)].filter(Boolean).map((s) => h(s!)).join(', ');
      return `<li><strong>${on}</strong>${by ? ` <span class="muted">(${by})</span>` : ''} ${n.resolved ? '<em>resolved</em>' : '<em>open</em>'}<br>${h(n.text)}</li>`;
    })
    .join('');
  return `<section><h2>Notes (${notes.length})</h2><ul>${items}</ul></section>`;
}

/** The report's body (inside `.report`), shared by the exported file and the studio's print view. */
export function reportBody(input: ReportInput): string {
  const ix = buildStoryIndex(input.story);
  return `<article class="report"><header><h1>${h(input.story.title)}</h1><p class="meta">Therapeutic review, ${h(input.generatedAt.slice(0, 10))} · ${ix.n === 1 ? '1 event' : `${ix.n} events`}</p></header>
${profileSection(ix)}${alignmentSection(ix, input.active)}${curveSection(ix)}${conflictsSection(ix, input.active, input.dismissed)}${coverageSection(ix)}${notesSection(ix)}</article>`;
}

/**
 * The alignment report as one self-contained HTML file: inline CSS, the tension curve as
 * inline SVG, no script and nothing loaded from elsewhere (the content policy forbids it
 * too), every piece of story text escaped.
 */
export function reportHtml(input: ReportInput): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(input.story.title)}: therapeutic review</title><style>${REPORT_CSS}</style></head>
<body>${reportBody(input)}</body></html>
`;
}
