import { setView, useView } from '../../state';
import type { LayoutKind } from '../../state';

const LAYOUTS: readonly { kind: LayoutKind; label: string; hint: string }[] = [
  { kind: 'lanes', label: 'Lanes', hint: 'One lane per scale, events placed by time' },
  { kind: 'layered', label: 'Layered', hint: 'Causes left of effects, for tangled stories (computed in the background)' },
];

/** Lanes / Layered. (The layered layout's progress shows on the canvas while it runs.) */
export function LayoutSwitch() {
  const layout = useView((v) => v.layout);
  return (
    <div className="tool-group" role="group" aria-label="Layout">
      {LAYOUTS.map((l) => (
        <button
          key={l.kind}
          type="button"
          className="toggle"
          aria-pressed={layout === l.kind}
          title={l.hint}
          onClick={() => setView({ layout: l.kind })}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
