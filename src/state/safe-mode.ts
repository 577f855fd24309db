import { deleteStory, newStory, openStory } from './library-commands';
import { session } from './session';
import { libraryStore } from './stores';

/**
 * Leaves safe mode (the last start did not finish opening a story): either
 * opens that story anyway, or deletes it. Opening any other story from the
 * library leaves safe mode too.
 */
export async function leaveSafeMode(choice: 'open' | 'delete'): Promise<void> {
  const failed = libraryStore.getState().safeMode;
  if (!failed) return;
  if (choice === 'open') {
    await openStory(failed.key);
    return;
  }
  libraryStore.setState({ safeMode: undefined });
  await session.persistence?.saveMeta({}).catch(() => {});
  await deleteStory(failed.key);
  const next = libraryStore.getState().stories[0];
  if (next) await openStory(next.key);
  else await newStory();
}
