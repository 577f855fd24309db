import type { StoryIndex } from '../analysis/story-index';
import type { EventId } from '../model/story';

/** A path that cannot be played in this story; `step` is the 0-based position of the offending event. */
export class PlayPathError extends Error {
  constructor(
    readonly step: number,
    message: string,
  ) {
    super(message);
    this.name = 'PlayPathError';
  }
}

function titleOf(ix: StoryIndex, e: number): string {
  return `"${ix.events[e]!.title}"`;
}

/**
 * Checks that `path` can be walked: it begins at a start event (no incoming link) and
 * every next event is the target of a link from the one before. Returns the event indices.
 */
export function checkPath(ix: StoryIndex, path: readonly EventId[]): number[] {
  const out: number[] = [];
  path.forEach((id, step) => {
    const e = ix.eventIndex.get(id);
    if (e === undefined) throw new PlayPathError(step, `Step ${step + 1} of the path names "${id}", which is not an event of the story`);
    if (step === 0) {
      if (ix.inStart[e + 1]! !== ix.inStart[e]!) {
        throw new PlayPathError(0, `The path starts at ${titleOf(ix, e)}, which is not a start event (a link leads to it)`);
      }
    } else {
      const prev = out[step - 1]!;
      let linked = false;
      for (let k = ix.outStart[prev]!; k < ix.outStart[prev + 1]! && !linked; k++) linked = ix.linkTo[ix.outLinks[k]!] === e;
      if (!linked) {
        throw new PlayPathError(step, `Step ${step + 1} of the path goes from ${titleOf(ix, prev)} to ${titleOf(ix, e)}, but no link joins them`);
      }
    }
    out.push(e);
  });
  return out;
}
