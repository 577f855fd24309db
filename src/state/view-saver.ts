import type { PlayStoreState } from './play-store';
import type { Persistence } from './persistence';
import type { Studio } from './studio-context';
import type { ViewState } from './types';

/** Where the canvas looked before the presenter view fitted it to the whole window. */
type Viewport = Pick<ViewState, 'zoom' | 'pan'>;

/**
 * The view a reload should come back to. Play mode and the presenter view change the view for
 * their own time (play shows the ripple of the last event entered; presenter view zooms the
 * full-window canvas for large type) and neither survives a reload, so what they changed is
 * saved as it was before them: else a reload came back to a stray ripple, or zoomed in.
 */
export function lastingView(view: ViewState, play: PlayStoreState, beforePresenter: Viewport | null): ViewState {
  let lasting = view;
  if (play.active) lasting = { ...lasting, impact: play.impactBefore };
  if (beforePresenter) lasting = { ...lasting, zoom: beforePresenter.zoom, pan: beforePresenter.pan };
  return lasting;
}

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
  let beforePresenter: Viewport | null = null;
  const save = (): void => {
    const storyKey = s.document.getState().storyKey;
    if (storyKey === '') return;
    onPending(++pending);
    const view = lastingView(s.view.getState(), s.play.getState(), beforePresenter);
    persistence
      .saveView({ key: storyKey, selection: s.selection.getState(), view })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
      .finally(() => onPending(--pending));
  };
  const unsubscribers = [
    s.selection.subscribe(save),
    s.view.subscribe(save),
    // Taken when the presenter view turns on, before it fits the canvas; another story opened meanwhile keeps its own.
    s.demoView.subscribe((d, prev) => {
      if (d.presenter === prev.presenter) return;
      const { zoom, pan } = s.view.getState();
      beforePresenter = d.presenter ? { zoom, pan } : null;
    }),
    s.document.subscribe((d, prev) => {
      if (d.storyKey !== prev.storyKey && beforePresenter) beforePresenter = null;
    }),
  ];
  return () => {
    for (const u of unsubscribers) u();
  };
}
