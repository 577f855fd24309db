import { describe, expect, it } from 'vitest';
import type { EditOp } from '../edits/edit-op';
import { storyOf } from '../testing/story-builder';
import { analysed, applyPicks, type Pick } from './fix-pass';
import { linkLookup, patchFootprint } from './patch-footprint';
import { proposeResolutions } from './propose';

/** Three temporal paradoxes far apart: each effect is filed before its cause. */
const story = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'fire', title: 'The lamp catches fire', time: 20 },
    { id: 'smoke', title: 'Smoke fills the tower', time: 10 },
    { id: 'ship', title: 'A ship runs aground', time: 40 },
    { id: 'rescue', title: 'The rescue', time: 30 },
  ],
  links: [
    { from: 'storm', to: 'flood' },
    { from: 'fire', to: 'smoke' },
    { from: 'ship', to: 'rescue' },
  ],
});
const before = analysed(story);
const links = linkLookup(story);

/** The top proposal for the paradox around `eventId`, as fixAll would pick it. */
function pickFor(eventId: string): Pick {
  const conflict = before.conflicts.find((c) => c.events.includes(eventId))!;
  const proposal = proposeResolutions(story, conflict.id, { baseline: before.conflicts })[0]!;
  return { conflict, proposal, footprint: patchFootprint(proposal.patch, links) };
}

/** A pick whose patch does not do what it claims (a title change claiming to fix the paradox). */
function liar(pick: Pick, patch: EditOp[] = [{ kind: 'set-event-field', eventId: 'smoke', field: 'title', value: 'Smoke' }]): Pick {
  return { ...pick, proposal: { ...pick.proposal, patch }, footprint: patchFootprint(patch, links) };
}

const [storm, fire, ship] = [pickFor('storm'), pickFor('fire'), pickFor('ship')];
const targets = (picks: readonly Pick[]) => picks.map((p) => p.conflict.id);

describe('applying the picks of a pass', () => {
  it('applies fixes that hold together with one analysis', () => {
    expect(before.conflicts).toHaveLength(3);
    const applied = applyPicks(before, [storm, fire, ship])!;
    expect(targets(applied.picks)).toEqual(targets([storm, fire, ship]));
    expect(applied.state.conflicts).toEqual([]);
  });

  it('leaves out a fix whose claim does not hold and keeps the others', () => {
    const applied = applyPicks(before, [storm, liar(fire), ship])!;
    expect(targets(applied.picks)).toEqual(targets([storm, ship]));
    expect(applied.state.conflicts.map((c) => c.id)).toEqual([fire.conflict.id]);
    expect(applied.state.story.events.find((e) => e.id === 'smoke')!.title).toBe('Smoke fills the tower');
  });

  it('keeps the leading fixes that hold when the culprit cannot be named', () => {
    const broken = liar(fire, [{ kind: 'remove-link', linkId: 'no-such-link' }]);
    const applied = applyPicks(before, [storm, broken, ship])!;
    expect(targets(applied.picks)).toEqual(targets([storm]));
    expect(applied.state.conflicts).toHaveLength(2);
  });

  it('applies nothing when not even the first fix holds', () => {
    expect(applyPicks(before, [liar(fire)])).toBeUndefined();
  });
});
