import type { LayeredLayoutState, LayoutKind } from '../../state';

interface Props {
  readonly layout: LayoutKind;
  readonly state: LayeredLayoutState;
}

/** While the layered layout is computed in its worker: what it is doing and for how long. */
export function LayeredProgressBanner({ layout, state }: Props) {
  if (layout !== 'layered') return null;
  if (state.status === 'error') {
    return (
      <p className="graph-banner error" role="status">
        Layered layout failed: {state.error}
      </p>
    );
  }
  if (state.status !== 'running') return null;
  const phase = state.progress?.phase ?? 'layout';
  const seconds = ((state.progress?.elapsedMs ?? 0) / 1000).toFixed(1);
  return (
    <p className="graph-banner" role="status">
      <progress aria-label="Layered layout progress" />
      {phase === 'loading' ? 'Loading layout engine…' : `Laying out… ${seconds} s`}
    </p>
  );
}
