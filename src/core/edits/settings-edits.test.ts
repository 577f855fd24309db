import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { applyEdit } from './apply-edit';
import { describeEdit } from './describe-edit';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';

/** Story settings edited as the settings panel will: each change one op, undone exactly. */

function lighthouse(): Story {
  return storyOf({
    events: [
      { id: 'storm', title: 'Storm rises', scale: 'world' },
      { id: 'boat', title: 'Boat capsizes', scale: 'world', time: 1 },
      { id: 'flood', title: 'The harbour floods', scale: 'world', time: 2 },
      { id: 'quay', title: 'On the quay', scale: 'world', time: 3 },
      { id: 'rescue', title: 'Rescue', time: 4 },
    ],
  });
}

function edit(story: Story, op: EditOp): Story {
  const { story: next, inverse } = applyEdit(story, op);
  expect(applyEdit(next, inverse).story).toStrictEqual(story);
  return next;
}

function editError(story: Story, op: EditOp): string {
  try {
    applyEdit(story, op);
  } catch (error) {
    if (error instanceof EditError) return error.message;
    throw error;
  }
  throw new Error('expected an EditError');
}

describe('story settings edits', () => {
  it('renames the time unit, but never to nothing', () => {
    expect(edit(lighthouse(), { kind: 'set-time-unit', timeUnit: 'day' }).timeUnit).toBe('day');
    expect(editError(lighthouse(), { kind: 'set-time-unit', timeUnit: ' ' })).toBe('time unit must not be empty');
  });

  it('reorders, relabels and adds scales as one change', () => {
    const scales = [
      { id: 'scene', label: 'Scene', window: 2 },
      { id: 'world', window: 720 },
      { id: 'age', window: 100000 },
    ];
    expect(edit(lighthouse(), { kind: 'set-scales', scales }).scales).toEqual(scales);
  });

  it('refuses to remove a scale that events use, saying how many and which', () => {
    const op: EditOp = { kind: 'set-scales', scales: [{ id: 'scene', window: 1 }, { id: 'arc', window: 24 }] };
    expect(editError(lighthouse(), op)).toBe(
      'Scale "world" is used by 4 events ("Storm rises", "Boat capsizes", "The harbour floods", …); move them to another scale first',
    );
  });

  it('holds scale lists to the format: 2 to 8 scales, unique ids, positive windows', () => {
    const story = lighthouse();
    expect(editError(story, { kind: 'set-scales', scales: [{ id: 'scene', window: 1 }] })).toBe('a story has 2 to 8 scales, got 1');
    expect(editError(story, { kind: 'set-scales', scales: [{ id: 'scene', window: 1 }, { id: 'scene', window: 2 }, { id: 'world', window: 3 }] })).toBe(
      'scale id "scene" is used twice',
    );
    expect(editError(story, { kind: 'set-scales', scales: [{ id: 'scene', window: 0 }, { id: 'world', window: 3 }] })).toBe('scale "scene" window must be > 0, got 0');
  });

  it('declares characters and removes the declaration list', () => {
    const declared = edit(lighthouse(), { kind: 'set-characters', characters: [{ id: 'mara', name: 'Mara' }] });
    expect(declared.characters).toEqual([{ id: 'mara', name: 'Mara' }]);
    expect(edit(declared, { kind: 'set-characters', characters: undefined }).characters).toBeUndefined();
  });

  it('overrides a threshold, checks its range, and drops the block with the last override', () => {
    const strict = edit(lighthouse(), { kind: 'set-threshold', field: 'traitSwing', value: 0.2 });
    expect(strict.thresholds).toEqual({ traitSwing: 0.2 });
    expect(edit(strict, { kind: 'set-threshold', field: 'traitSwing', value: undefined }).thresholds).toBeUndefined();
    expect(editError(strict, { kind: 'set-threshold', field: 'themeJump', value: 1.5 })).toBe('theme jump threshold must be in [0, 1], got 1.5');
    expect(editError(strict, { kind: 'set-threshold', field: 'gapFactor', value: -1 })).toBe('gap factor must be >= 0, got -1');
  });

  it('edits the therapy profile field by field; removing the last field removes the profile', () => {
    let story = edit(lighthouse(), { kind: 'set-therapy', field: 'maxIntensity', value: 0.6 });
    story = edit(story, { kind: 'set-therapy', field: 'avoid', value: ['harm'] });
    expect(story.therapy).toEqual({ maxIntensity: 0.6, avoid: ['harm'] });
    story = edit(story, { kind: 'set-therapy', field: 'maxIntensity', value: undefined });
    story = edit(story, { kind: 'set-therapy', field: 'avoid', value: undefined });
    expect('therapy' in story).toBe(false);
  });

  it('names the therapy value that is out of range', () => {
    expect(editError(lighthouse(), { kind: 'set-therapy', field: 'peakIntensity', value: 2 })).toBe('peak intensity must be in [0, 1], got 2');
    expect(editError(lighthouse(), { kind: 'set-therapy', field: 'recoveryWithin', value: 1.5 })).toBe('recovery window must be a whole number >= 0, got 1.5');
  });

  it('labels settings changes for the undo menu', () => {
    const story = lighthouse();
    expect(describeEdit({ kind: 'set-scales', scales: story.scales }, story)).toBe('change scales');
    expect(describeEdit({ kind: 'set-threshold', field: 'gapFactor', value: undefined }, story)).toBe('reset threshold');
    expect(describeEdit({ kind: 'set-therapy', field: 'goals', value: ['healing'] }, story)).toBe('change therapy setting');
    expect(describeEdit({ kind: 'set-time-unit', timeUnit: 'day' }, story)).toBe('change time unit');
  });
});
