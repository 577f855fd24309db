import { afterEach, describe, expect, it, vi } from 'vitest';
import { undo } from './document-commands';
import { importStoryText } from './library-commands';
import { choose, replaySavedPath, restartPlay, savePlayedPath, savedPathOf, startPlay, stepBack, stopPlay } from './play-commands';
import { playReport } from './play-report';
import { fixtureText, startStudioWithFixture, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  vi.useRealTimers();
  if (studio) stopPlay(studio);
  await studio?.dispose();
  studio = undefined;
});

async function ferry(): Promise<void> {
  studio = await startStudioWithFixture('play-through');
}

const path = () => s().play.getState().path;

describe('play commands', () => {
  it('walks, steps back and restarts; the ripple of the entered event plays, and leaving play restores the impact view', async () => {
    await ferry();
    s().view.setState({ impact: null });
    startPlay(s());
    choose(s(), 'dock');
    choose(s(), 'stowaway');
    expect(path()).toEqual(['dock', 'stowaway']);
    expect(s().view.getState().impact?.sourceId).toBe('stowaway');
    expect(stepBack(s())).toBe(true);
    expect(path()).toEqual(['dock']);
    expect(s().view.getState().impact?.sourceId).toBe('dock');
    restartPlay(s());
    expect(path()).toEqual([]);
    expect(stepBack(s())).toBe(false);
    choose(s(), 'dock');
    stopPlay(s());
    expect(s().play.getState().active).toBe(false);
    expect(s().view.getState().impact).toBeNull();
  });

  it('saves the path in the story as one undoable edit, and replays it step by step', async () => {
    await ferry();
    startPlay(s());
    for (const id of ['dock', 'ticket', 'storm']) choose(s(), id);
    expect(savePlayedPath(s())).toBe(true);
    expect(savedPathOf(s().document.getState().story.extra)?.path).toEqual(['dock', 'ticket', 'storm']);
    expect(s().document.getState().undoLabel).toBe('Undo save played path');

    restartPlay(s());
    vi.useFakeTimers();
    replaySavedPath(s(), 100);
    expect(path()).toEqual(['dock']);
    vi.advanceTimersByTime(100);
    expect(path()).toEqual(['dock', 'ticket']);
    vi.advanceTimersByTime(100);
    expect(path()).toEqual(['dock', 'ticket', 'storm']);

    undo(s());
    expect(savedPathOf(s().document.getState().story.extra)).toBeUndefined();
  });

  it('replays a saved path only up to an event that was deleted since, and says which', async () => {
    await ferry();
    startPlay(s());
    for (const id of ['dock', 'ticket', 'storm', 'island']) choose(s(), id);
    savePlayedPath(s());
    restartPlay(s());
    const { edit } = await import('./document-commands');
    edit(s(), { kind: 'remove-event', eventId: 'storm' });
    vi.useFakeTimers();
    replaySavedPath(s(), 100);
    vi.advanceTimersByTime(500);
    expect(path()).toEqual(['dock', 'ticket']);
    expect(s().notices.getState().notices.map((n) => n.text).join(' ')).toMatch(/stops at step 3: event "storm" is no longer in the story/);
  });

  it('the worker answers the path, and the play report lists the path, the meters and the conflicts met', async () => {
    await ferry();
    const revision = s().document.getState().revision;
    const answer = await s().session.client!.call((p) => p.playThrough(['dock', 'stowaway', 'caught'], revision));
    const report = playReport(s().document.getState().story, answer);
    expect(report).toContain('1. Mara reaches the dock');
    expect(report).toContain('3. The crew finds Mara (tension 0.7)');
    expect(report).toMatch(/- arc: 1\.3733/);
    expect(report).toContain('## Conflicts met (1)');
  });

  it('forgets the path when another story opens', async () => {
    await ferry();
    startPlay(s());
    choose(s(), 'dock');
    expect((await importStoryText(s(), fixtureText('causal-gap'))).ok).toBe(true);
    expect(s().play.getState().active).toBe(false);
    expect(path()).toEqual([]);
  });
});
