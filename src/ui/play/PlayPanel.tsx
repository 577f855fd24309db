import { useEffect, useRef } from 'react';
import {
  playReport,
  replaySavedPath,
  restartPlay,
  savePlayedPath,
  savedPathOf,
  stepBack,
  stopPlay,
  useDemoView,
  useDocument,
  usePlay,
  usePlayThrough,
} from '../../state';
import { downloadBlob } from '../export/download-blob';
import { ChoiceList } from './ChoiceList';
import { PathConflicts } from './PathConflicts';
import { ScaleMeters } from './ScaleMeters';
import { TensionCurve } from './TensionCurve';
import { usePlayPathHighlight } from './use-play-path-highlight';
import './play.css';

/** Play mode: walk the story choice by choice and watch the impact per scale, the tension and the conflicts met. */
export function PlayPanel() {
  const story = useDocument((d) => d.story);
  const path = usePlay((p) => p.path);
  const play = usePlayThrough();
  const answer = play.data;
  const busy = play.busy || play.stale;
  usePlayPathHighlight(path);
  const stopReplay = useRef<() => void>(() => {});
  const pathList = useRef<HTMLOListElement>(null);
  const presenter = useDemoView((v) => v.presenter);
  // The newest step stays in sight when the path is longer than its box, also once presenter view's
  // larger type has grown the list (its class is set by DemoLayer's effect, after this one: hence the frame).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = pathList.current;
      if (list) list.scrollTop = list.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [path, presenter]);
  useEffect(() => () => stopReplay.current(), []);
  const labels = new Map(story.scales.map((s) => [s.id, s.label ?? s.id]));
  const titles = new Map(story.events.map((e) => [e.id, e.title]));
  const saved = savedPathOf(story.extra);
  const scaleImpact = answer?.scaleImpact ?? Object.fromEntries(story.scales.map((s) => [s.id, 0]));

  return (
    <section className="play-panel" aria-label="Play" data-focus-return={'header button[aria-keyshortcuts="Shift+P"]'} aria-busy={busy} data-path-length={path.length} data-ready={!busy && answer !== undefined}>
      <div className="panel-head">
        <h2>Play-through</h2>
        <button type="button" className="small" onClick={() => stopPlay()}>
          Stop playing
        </button>
      </div>
      {play.error && (
        <p role="alert" className="field-error">
          {play.error.message}
        </p>
      )}
      {/* The numbers' room follows their width (play.css): "10." and on were cut at a fixed indent. */}
      <ol ref={pathList} className="play-path" aria-label="Path taken" style={{ ['--step-digits' as string]: String(path.length).length }}>
        {path.map((id, i) => (
          <li key={`${i}-${id}`}>{titles.get(id) ?? id}</li>
        ))}
      </ol>
      <div className="play-actions" role="group" aria-label="Play controls">
        <button type="button" disabled={path.length === 0} onClick={() => stepBack()} aria-keyshortcuts="Backspace">
          Step back
        </button>
        <button type="button" disabled={path.length === 0} onClick={() => restartPlay()}>
          Restart
        </button>
        <button type="button" disabled={path.length === 0} onClick={() => savePlayedPath()} title="Keep this path with the story">
          Save path
        </button>
        <button
          type="button"
          disabled={!saved}
          onClick={() => {
            stopReplay.current();
            stopReplay.current = replaySavedPath();
          }}
          title={saved ? `Replay the saved path (${saved.path.length} events)` : 'No path saved with this story yet'}
        >
          Replay saved path
        </button>
        <button
          type="button"
          disabled={!answer || answer.path.length === 0 || busy}
          onClick={() => answer && downloadBlob(`play-report-${story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`, new Blob([playReport(story, answer)], { type: 'text/markdown;charset=utf-8' }))}
        >
          Export play report
        </button>
      </div>
      <ChoiceList choices={answer?.choices ?? []} starting={path.length === 0} scaleLabel={(id) => labels.get(id) ?? id} busy={busy} />
      <ScaleMeters scales={story.scales} values={scaleImpact} busy={busy} />
      <TensionCurve tension={answer?.tension ?? []} />
      <PathConflicts conflicts={answer?.pathConflicts ?? []} busy={busy} />
      {answer && <p className="muted small-text" data-testid="play-ms">Step computed in {answer.ms.toFixed(1)} ms</p>}
    </section>
  );
}
