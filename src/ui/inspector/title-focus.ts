/**
 * Add event asks for the new event's title to be selected, so typing names it. The Inspector
 * shows a newly selected event a moment later (in a transition, see `Inspector`), so the
 * request waits for that event's fields to mount instead of a fixed next frame, which could
 * select the title of the event shown before.
 */
let pending: string | null = null;

/** The next Inspector mounted for `eventId` selects its title. */
export function requestTitleFocus(eventId: string): void {
  pending = eventId;
}

/** Whether the fields just mounted for `eventId` should select the title; any mount ends the request. */
export function takeTitleFocus(eventId: string): boolean {
  const wanted = pending === eventId;
  pending = null;
  return wanted;
}
