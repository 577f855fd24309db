import { describe, expect, it } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import { withoutOverlapping, type History } from './history';

const title = (id: string, value: string): EditOp => ({ kind: 'set-event-field', eventId: id, field: 'title', value });

describe("a tab's history after another tab's change", () => {
  const history: History = {
    undo: [
      { label: 'rename event', op: title('a', 'Old A') },
      { label: 'change intensity', op: { kind: 'set-event-field', eventId: 'a', field: 'intensity', value: 0.2 } },
      { label: 'rename event', op: title('b', 'Old B') },
    ],
    redo: [{ label: 'rename event', op: title('a', 'Newer A') }],
  };

  it('loses the steps that change what the other tab changed, on both stacks, and says which undo steps went', () => {
    const { history: kept, dropped } = withoutOverlapping(history, [title('a', 'From the other tab')]);
    expect(kept.undo.map((s) => s.op)).toEqual([history.undo[1]!.op, history.undo[2]!.op]);
    expect(kept.redo).toEqual([]);
    expect(dropped).toEqual([history.undo[0]]);
  });

  it('keeps everything (the same object) when the other tab changed something else', () => {
    const result = withoutOverlapping(history, [title('c', 'Elsewhere'), { kind: 'set-therapy', field: 'maxIntensity', value: 0.5 }]);
    expect(result.history).toBe(history);
    expect(result.dropped).toEqual([]);
  });

  it('loses every step of an event the other tab removed', () => {
    const { history: kept } = withoutOverlapping(history, [{ kind: 'remove-event', eventId: 'a' }]);
    expect(kept.undo.map((s) => s.label)).toEqual(['rename event']);
    expect(kept.undo[0]!.op).toEqual(title('b', 'Old B'));
  });
});
