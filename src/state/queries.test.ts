import { describe, expect, it } from 'vitest';
import { StaleRevisionError } from '../worker/protocol';
import type { AnalysisView } from '../worker/protocol';
import { edit } from './document-commands';
import { newStory } from './library-commands';
import type { AtRevision } from './fetchers';
import { revisionResult, sameExceptRevision } from './queries';
import { startTestStudio } from './test-studio';

describe('what a query shows for the current revision', () => {
  it('shows the answer for the current revision as current', () => {
    expect(revisionResult({ revision: 7, value: 'seven' }, 7, false, null)).toEqual({ data: 'seven', stale: false, busy: false, error: null });
  });

  it('marks an older revision\'s answer standing in as stale while the new one is computed', () => {
    const r = revisionResult({ revision: 6, value: 'six' }, 7, true, null);
    expect(r).toEqual({ data: 'six', stale: true, busy: true, error: null });
  });

  it('does not report a stale-revision rejection as an error, but does report real failures', () => {
    expect(revisionResult(undefined, 7, false, new StaleRevisionError(6, 7)).error).toBeNull();
    expect(revisionResult(undefined, 7, false, new Error('rule crashed')).error?.message).toBe('rule crashed');
  });

  it('lets only the same question about an older revision stand in', () => {
    expect(sameExceptRevision(['ripple', 's1', 4, 'storm', 'forward'], ['ripple', 's1', 5, 'storm', 'forward'])).toBe(true);
    expect(sameExceptRevision(['ripple', 's1', 4, 'storm', 'forward'], ['ripple', 's1', 5, 'bell', 'forward'])).toBe(false);
    expect(sameExceptRevision(['analysis', 's1', 4], ['analysis', 's2', 5])).toBe(false);
  });
});

describe('asking the worker early', () => {
  it('requests the analysis and lanes of an edited revision as soon as the edit is made, before anything renders it', async () => {
    const studio = await startTestStudio();
    try {
      expect(edit(studio, { kind: 'set-event-field', eventId: 'flood', field: 'time', value: 6 })).toBe(true);
      const { storyKey, revision } = studio.document.getState();
      const { queryClient } = studio;
      // No component asked: the queries exist because the edit happened.
      expect(queryClient.getQueryState(['analysis', storyKey, revision])).toBeDefined();
      expect(queryClient.getQueryState(['lanes', storyKey, revision])).toBeDefined();
      const analysis = await queryClient.fetchQuery<AtRevision<AnalysisView>>({ queryKey: ['analysis', storyKey, revision] });
      expect(analysis.revision).toBe(revision);
      expect(analysis.value.conflicts).toEqual([]);
    } finally {
      await studio.dispose();
    }
  });

  it('asks for the lanes of a story just opened before its analysis (the graph is drawn while its conflicts are found), and for an edit\'s analysis first', async () => {
    const studio = await startTestStudio();
    try {
      const asked: string[] = [];
      const unsubscribe = studio.queryClient.getQueryCache().subscribe((e) => {
        if (e.type === 'added') asked.push(String(e.query.queryKey[0]));
      });
      await newStory(studio, 'A fresh story');
      expect(asked.slice(0, 2)).toEqual(['lanes', 'analysis']);
      asked.length = 0;
      expect(edit(studio, { kind: 'set-story-title', title: 'Renamed' })).toBe(true);
      expect(asked.slice(0, 2)).toEqual(['analysis', 'lanes']);
      unsubscribe();
    } finally {
      await studio.dispose();
    }
  });
});
