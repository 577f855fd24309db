import type { Story, StoryLink } from '../model/story';
import type { SetLinkField } from './edit-op';
import { EditError } from './edit-error';
import { insertAt, removeAt, replaceAt, unreachable, type EditResult, type OpOf } from './edit-support';
import { checkIndex, checkLink, checkLinkKind, checkString, checkUnit, linkIndexOf } from './edit-values';

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

/** Inserts a new link (at `index`, else last) between existing events. */
export function addLink(story: Story, op: OpOf<'add-link'>): EditResult {
  const link = checkLink(story, op.link);
  if (story.links.some((l) => l.id === link.id)) throw new EditError(`a link with id ${JSON.stringify(link.id)} already exists`);
  const index = checkIndex(op.index, story.links.length, 'link');
  return { story: { ...story, links: insertAt(story.links, index, link) }, inverse: { kind: 'remove-link', linkId: link.id } };
}

/** Removes a link; the inverse re-inserts it at its position. */
export function removeLink(story: Story, op: OpOf<'remove-link'>): EditResult {
  const i = linkIndexOf(story, op.linkId);
  return {
    story: { ...story, links: removeAt(story.links, i) },
    inverse: { kind: 'add-link', link: story.links[i]!, index: i },
  };
}
