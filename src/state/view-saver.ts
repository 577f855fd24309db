import type { Persistence } from './persistence';
import { documentStore, selectionStore, viewStore } from './stores';

/**
 * Writes the open story's selection and view (layout, zoom, filters) on every
 * change, in the same task, apart from the story: they are this tab's own and
 * never synced to other tabs. Returns the unsubscribe function.
 */
export function saveViewOnChange(
  persistence: Persistence,
  onPending: (pending: number) => void,
  onError: (message: string) => void,
): () => void {
  let pending = 0;
  const save = (): void => {
    const storyKey = documentStore.getState().storyKey;
    if (storyKey === '') return;
    onPending(++pending);
    persistence
      .saveView({ key: storyKey, selection: selectionStore.getState(), view: viewStore.getState() })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
      .finally(() => onPending(--pending));
  };
  const unsubscribers = [selectionStore.subscribe(save), viewStore.subscribe(save)];
  return () => {
    for (const u of unsubscribers) u();
  };
}
