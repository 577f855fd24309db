import type { Persistence } from './persistence';
import type { Studio } from './studio-context';

/**
 * Writes the open story's selection and view (layout, zoom, filters) on every
 * change, in the same task, apart from the story: they are this tab's own and
 * never synced to other tabs. Returns the unsubscribe function.
 */
export function saveViewOnChange(
  s: Studio,
  persistence: Persistence,
  onPending: (pending: number) => void,
  onError: (message: string) => void,
): () => void {
  let pending = 0;
  const save = (): void => {
    const storyKey = s.document.getState().storyKey;
    if (storyKey === '') return;
    onPending(++pending);
    persistence
      .saveView({ key: storyKey, selection: s.selection.getState(), view: s.view.getState() })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
      .finally(() => onPending(--pending));
  };
  const unsubscribers = [s.selection.subscribe(save), s.view.subscribe(save)];
  return () => {
    for (const u of unsubscribers) u();
  };
}
