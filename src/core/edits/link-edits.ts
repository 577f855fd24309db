import type { Story, StoryLink } from '../model/story';
import type { SetLinkField } from './edit-op';
import { EditError } from './edit-error';
import { replaceAt, unreachable, type EditResult, type OpOf } from './edit-support';
import { checkLinkKind, checkString, checkUnit, linkIndexOf } from './edit-values';
import { addLinkRun, removeLinkRun, type RunOutcome } from './link-runs';

/** Edits of links: their fields, adding and removing them. */

function checkEnd(story: Story, value: unknown, end: 'from' | 'to'): string {
  const id = checkString(value, `link ${end}`);
  if (!story.events.some((e) => e.id === id)) throw new EditError(`link ${end} names a missing event ${JSON.stringify(id)}`);
  return id;
}

function checkedFieldValue(story: Story, op: SetLinkField): SetLinkField['value'] {
  switch (op.field) {
    case 'from':
    case 'to':
      return checkEnd(story, op.value, op.field);
    case 'strength':
      return checkUnit(op.value, 'link strength');
    case 'kind':
      return checkLinkKind(op.value);
    default:
      return unreachable(op);
  }
}

/** Sets one field of a link (its ends keep the link's id). */
export function setLinkField(story: Story, op: SetLinkField): EditResult {
  const i = linkIndexOf(story, op.linkId);
  const link = story.links[i]!;
  const value = checkedFieldValue(story, op);
  const old = link[op.field];
  // The field and value types correspond because `old` was read from the same field.
  const inverse = { kind: 'set-link-field', linkId: op.linkId, field: op.field, value: old } as SetLinkField;
  if (Object.is(old, value)) return { story, inverse };
  const next: StoryLink = { ...link, [op.field]: value };
  return { story: { ...story, links: replaceAt(story.links, i, next) }, inverse };
}

/** The outcome of a run of one op, as the op's own result or its error. */
function single(outcome: RunOutcome): EditResult {
  if ('error' in outcome) throw outcome.error;
  return { story: outcome.story, inverse: outcome.inverses[0]! };
}

/** Inserts a new link (at `index`, else last) between existing events. */
export function addLink(story: Story, op: OpOf<'add-link'>): EditResult {
  return single(addLinkRun(story, [op]));
}

/** Removes a link; the inverse re-inserts it at its position. */
export function removeLink(story: Story, op: OpOf<'remove-link'>): EditResult {
  return single(removeLinkRun(story, [op]));
}
