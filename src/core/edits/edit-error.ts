/** An edit operation that cannot apply to the story it was given (unknown id, value out of range, ...). */
export class EditError extends Error {
  override readonly name = 'EditError';
}
