import { applyEdits } from '../core/edits/apply-edit';
import { EditError } from '../core/edits/edit-error';
import type { EditOp } from '../core/edits/edit-op';
import { edit } from './document-commands';
import type { Studio } from './studio-context';

/** What a settings form gets back: done, or the core's reason, to show next to the field. */
export type SettingsEditResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Applies a story-settings change as one undoable step, like `edit`, but an invalid value
 * comes back as a message for an inline error (no notice) and changes nothing.
 */
export function editSettings(s: Studio, ops: readonly EditOp[], label: string): SettingsEditResult {
  try {
    // A dry run on the current story: the core's checks decide, the story is untouched.
    applyEdits(s.document.getState().story, ops);
  } catch (e) {
    if (e instanceof EditError) return { ok: false, message: e.message };
    throw e;
  }
  return edit(s, ops, label) ? { ok: true } : { ok: false, message: 'The change could not be applied.' };
}
