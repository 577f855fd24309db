import type { EventScalarField, EventScalarFields, LinkScalarField, LinkScalarFields, SetEventField, SetLinkField } from '../../core/edits/edit-op';
import { edit } from '../../state';

/** Sets one scalar field of an event as one undo step. */
export function setEventField<K extends EventScalarField>(eventId: string, field: K, value: EventScalarFields[K]): boolean {
  // The mapped union cannot be narrowed from a generic K; the fields are checked by the signature above.
  return edit({ kind: 'set-event-field', eventId, field, value } as SetEventField);
}

/** Sets one scalar field of a link as one undo step. */
export function setLinkField<K extends LinkScalarField>(linkId: string, field: K, value: LinkScalarFields[K]): boolean {
  return edit({ kind: 'set-link-field', linkId, field, value } as SetLinkField);
}
