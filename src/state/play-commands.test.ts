import { afterEach, describe, expect, it, vi } from 'vitest';
import { undo } from './document-commands';
import { importStoryText } from './library-commands';
import { choose, replaySavedPath, restartPlay, savePlayedPath, savedPathOf, startPlay, stepBack, stopPlay } from './play-commands';
import { playStore } from './play-store';
import { playReport } from './play-report';
import { session } from './session';
import { documentStore, noticesStore, viewStore } from './stores';
import { fixtureText, startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
afterEach(async () => {
  vi.useRealTimers();
  stopPlay();
  await studio?.handle.stop();
  studio = undefined;
});

async function ferry(): Promise<void> {
  studio = await startTestStudio();
  const result = await importStoryText(fixtureText('play-through'));
  if (!result.ok) throw new Error('fixture does not import');
}

const path = () => playStore.getState().path;

describe('play commands', () => {
  it('walks, steps back and restarts; the ripple of the entered event plays, and leaving play restores the impact view', async () => {
    await ferry();
    viewStore.setState({ impact: null });
    startPlay();
    choose('dock');
    choose('stowaway');
    expect(path()).toEqual(['dock', 'stowaway']);
    expect(viewStore.getState().impact?.sourceId).toBe('stowaway');
    expect(stepBack()).toBe(true);
    expect(path()).toEqual(['dock']);
    expect(viewStore.getState().impact?.sourceId).toBe('dock');
    restartPlay();
    expect(path()).toEqual([]);
    expect(stepBack()).toBe(false);
    choose('dock');
    stopPlay();
    expect(playStore.getState().active).toBe(false);
    expect(viewStore.getState().impact).toBeNull();
  });

  it('saves the path in the story as one undoable edit, and replays it step by step', async () => {
    await ferry();
    startPlay();
    for (const id of ['dock', 'ticket', 'storm']) choose(id);
    expect(savePlayedPath()).toBe(true);
    expect(savedPathOf(documentStore.getState().story.extra)?.path).toEqual(['dock', 'ticket', 'storm']);
    expect(documentStore.getState().undoLabel).toBe('Undo save played path');

    restartPlay();
    vi.useFakeTimers();
    replaySavedPath(100);
    expect(path()).toEqual(['dock']);
    vi.advanceTimersByTime(100);
    expect(path()).toEqual(['dock', 'ticket']);
    vi.advanceTimersByTime(100);
    expect(path()).toEqual(['dock', 'ticket', 'storm']);

    undo();
    expect(savedPathOf(documentStore.getState().story.extra)).toBeUndefined();
  });

  it('replays a saved path only up to an event that was deleted since, and says which', async () => {
    await ferry();
    startPlay();
    for (const id of ['dock', 'ticket', 'storm', 'island']) choose(id);
    savePlayedPath();
    restartPlay();
    const { edit } = await import('./document-commands');
    edit({ kind: 'remove-event', eventId: 'storm' });
    vi.useFakeTimers();
    replaySavedPath(100);
    vi.advanceTimersByTime(500);
    expect(path()).toEqual(['dock', 'ticket']);
    expect(noticesStore.getState().notices.map((n) => n.text).join(' ')).toMatch(/stops at step 3: event "storm" is no longer in the story/);
  });

  it('the worker answers the path, and the play report lists the path, the meters and the conflicts met', async () => {
    await ferry();
    const revision = documentStore.getState().revision;
    const answer = await session.client!.call((p) => p.playThrough(['dock', 'stowaway', 'caught'], revision));
    const report = playReport(documentStore.getState().story, answer);
    expect(report).toContain('1. Mara reaches the dock');
    expect(report).toContain('3. The crew finds Mara (tension 0.7)');
    expect(report).toMatch(/- arc: 1\.3733/);
    expect(report).toContain('## Conflicts met (1)');
  });

  it('forgets the path when another story opens', async () => {
    await ferry();
    startPlay();
    choose('dock');
    await importStoryText(fixtureText('causal-gap'));
    expect(playStore.getState().active).toBe(false);
    expect(path()).toEqual([]);
  });
});
