import { notify } from './notices';
import type { Studio } from './studio-context';

/** Marks storage as failing (the app keeps working in memory) and says so once per failure streak. */
export function reportStorageError(s: Studio, text: string): void {
  const already = s.library.getState().storageError !== undefined;
  s.library.setState({ storageError: text });
  // One notice per failure streak, not one per keystroke.
  if (!already) notify(s, 'error', `Changes cannot be saved in this browser (${text}): they will not be kept once this tab closes.`);
}
