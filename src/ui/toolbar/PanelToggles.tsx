import { togglePanel, usePanelCollapsed, type PanelName } from '../workspace/panel-controls';
import { useMediaQuery } from '../workspace/use-media-query';
import { WIDE_QUERY } from '../workspace/Workspace';

/** Outline of a window with one part filled: which panel the button shows or hides. */
const ICONS: Record<'left' | 'bottom' | 'right', string> = {
  left: 'M3 4h4v10H3z',
  bottom: 'M3 10h12v4H3z',
  right: 'M11 4h4v10h-4z',
};

function Toggle({ name, label, icon }: { readonly name: PanelName; readonly label: string; readonly icon: keyof typeof ICONS }) {
  const collapsed = usePanelCollapsed(name);
  return (
    <button type="button" className="icon panel-toggle" aria-label={label} aria-pressed={!collapsed} title={`${collapsed ? 'Show' : 'Hide'} the ${label.toLowerCase()}`} onClick={() => togglePanel(name)}>
      <svg width="16" height="16" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <rect x="2" y="3" width="14" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d={ICONS[icon]} fill="currentColor" />
      </svg>
    </button>
  );
}

/** Show or hide the side and bottom panels (also possible by dragging a border to the edge). */
export function PanelToggles() {
  const wide = useMediaQuery(WIDE_QUERY);
  return (
    <div className="tool-group" role="group" aria-label="Panels">
      {wide && <Toggle name="outline" label="Outline panel" icon="left" />}
      <Toggle name="dock" label="Bottom panels" icon="bottom" />
      <Toggle name="inspector" label={wide ? 'Inspector panel' : 'Side panel'} icon="right" />
    </div>
  );
}
