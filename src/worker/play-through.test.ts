import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../core/story/load-story';
import { createOrchestratorApi } from './orchestrator-api';

const FIXTURE = fileURLToPath(new URL('../../test-data/fixtures/play-through.json', import.meta.url));

function opened() {
  const loaded = parseStory(readFileSync(FIXTURE, 'utf8'));
  if (!loaded.ok) throw new Error('fixture does not load');
  const api = createOrchestratorApi();
  api.open(loaded.story, 1);
  return { api, story: loaded.story };
}

describe('worker play-through', () => {
  it('answers the path conflicts the Conflicts panel shows, and leaves dismissed ones out', () => {
    const { api } = opened();
    const met = api.playThrough(['dock', 'stowaway', 'caught', 'exile'], 1).pathConflicts;
    expect(met.map((c) => c.events.join('>'))).toEqual(
      api.analyze(1).conflicts.filter((c) => c.events.some((e) => ['dock', 'stowaway', 'caught', 'exile'].includes(e))).map((c) => c.events.join('>')),
    );
    expect(met).toHaveLength(2);
    api.edit([{ kind: 'set-dismissed', conflictId: met[0]!.id, entry: { id: met[0]!.id } }], 2);
    expect(api.playThrough(['dock', 'stowaway', 'caught', 'exile'], 2).pathConflicts.map((c) => c.id)).toEqual([met[1]!.id]);
  });

  it('rejects a stale revision and a path that cannot be walked', () => {
    const { api } = opened();
    expect(() => api.playThrough(['dock'], 0)).toThrow(/stale/);
    expect(() => api.playThrough(['dock', 'island'], 1)).toThrow(/no link joins them/);
  });
});
