import { notify } from './notices';
import { libraryStore } from './stores';

/** Marks storage as failing (the app keeps working in memory) and says so once per failure streak. */
export function reportStorageError(text: string): void {
  const already = libraryStore.getState().storageError !== undefined;
  libraryStore.setState({ storageError: text });
  // One notice per failure streak, not one per keystroke.
  if (!already) notify('error', `Changes cannot be saved in this browser (${text}): they will not be kept once this tab closes.`);
}
