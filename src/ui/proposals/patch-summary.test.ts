import { describe, expect, it } from 'vitest';
import type { PatchPreview } from '../../state';
import { patchSummary } from './patch-summary';

const none: PatchPreview = {
  addedEvents: [],
  removedEvents: [],
  movedEvents: [],
  changedEvents: [],
  addedLinks: [],
  removedLinks: [],
  changedLinks: [],
};
const titles: Record<string, string> = { storm: 'The storm breaks', flood: 'The harbor floods', bell: 'The bell rings' };
const titleOf = (id: string) => titles[id] ?? id;

describe('a proposal patch in words', () => {
  it('says where a moved event would go', () => {
    const p = { ...none, movedEvents: [{ id: 'flood', title: 'The harbor floods', from: { scale: 'scene', time: 4 }, to: { scale: 'scene', time: 5 } }] };
    expect(patchSummary(p, titleOf)).toEqual(['Moves “The harbor floods” from 4 to 5']);
  });

  it('names a new bridge event in its links, and the link it replaces', () => {
    const p: PatchPreview = {
      ...none,
      addedEvents: [{ id: 'storm-bridge', title: 'Bridge: storm → bell', scale: 'arc', time: 5.5 }],
      addedLinks: [
        { id: 'a', from: 'storm', to: 'storm-bridge', strength: 0.5, kind: 'causes' },
        { id: 'b', from: 'storm-bridge', to: 'bell', strength: 0.5, kind: 'causes' },
      ],
      removedLinks: [{ id: 'c', from: 'storm', to: 'bell', strength: 0.5, kind: 'causes' }],
    };
    expect(patchSummary(p, titleOf)).toEqual([
      'Adds event “Bridge: storm → bell” (arc, at 5.50)',
      'Adds link “The storm breaks” → “Bridge: storm → bell”',
      'Adds link “Bridge: storm → bell” → “The bell rings”',
      'Removes link “The storm breaks” → “The bell rings”',
    ]);
  });

  it('names changes in place and link strength changes', () => {
    const p: PatchPreview = {
      ...none,
      changedEvents: [{ id: 'bell', title: 'The bell rings', fields: ['intensity'] }],
      changedLinks: [{ id: 'x', from: 'storm', to: 'flood', before: { strength: 0.6, kind: 'causes' }, after: { strength: 0.3, kind: 'causes' } }],
    };
    expect(patchSummary(p, titleOf)).toEqual([
      'Changes intensity of “The bell rings”',
      'Changes link “The storm breaks” → “The harbor floods”: strength 0.60 → 0.30',
    ]);
  });
});
