import { deleteStory, newStory, openStory } from './library-commands';
import type { Studio } from './studio-context';

/**
 * Leaves safe mode (the last start did not finish opening a story): either
 * opens that story anyway, or deletes it. Opening any other story from the
 * library leaves safe mode too.
 */
export async function leaveSafeMode(s: Studio, choice: 'open' | 'delete'): Promise<void> {
  const failed = s.library.getState().safeMode;
  if (!failed) return;
  if (choice === 'open') {
    await openStory(s, failed.key);
    return;
  }
  s.library.setState({ safeMode: undefined });
  await s.session.persistence?.saveMeta({}).catch(() => {});
  await deleteStory(s, failed.key);
  const next = s.library.getState().stories[0];
  if (next) await openStory(s, next.key);
  else await newStory(s);
}
