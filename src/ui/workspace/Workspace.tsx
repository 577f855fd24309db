import { useCallback, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, type LayoutStorage, type PanelImperativeHandle, type PanelSize } from 'react-resizable-panels';
import { ConflictsPanel } from '../conflicts/ConflictsPanel';
import { StoryGraph } from '../graph/StoryGraph';
import { ImpactPanel } from '../impact/ImpactPanel';
import { Inspector } from '../inspector/Inspector';
import { StoryLibrary } from '../library/StoryLibrary';
import { EventsOutline } from '../outline/EventsOutline';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { notePanelSize, registerPanel, type PanelName } from './panel-controls';
import { SideTabs } from './SideTabs';
import { useMediaQuery } from './use-media-query';

/** Below this width the outline and the inspector share one column as tabs, so the graph and the dock keep their room. */
export const WIDE_QUERY = '(min-width: 1200px)';

/** Windows at least this wide leave the dock's three panels room enough at their even split. */
const ROOMY_DOCK_QUERY = '(min-width: 1440px)';

/** Windows at least this tall give the dock a little more of the height by default (three conflict cards at 900 px). */
const TALL_QUERY = '(min-height: 850px)';

/** localStorage, or (where the browser refuses it) a map that lasts the session: panel sizes are a comfort, never a reason to fail. */
const layoutStorage: LayoutStorage = (() => {
  try {
    const probe = window.localStorage;
    probe.getItem('arc-studio:probe');
    return probe;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) };
  }
})();

/** Layouts are remembered per group (react-resizable-panels' useDefaultLayout). */
function useRemembered(id: string) {
  return useDefaultLayout({ id: `arc-studio:${id}`, storage: layoutStorage });
}

/** Wires a collapsible panel to the toolbar's show/hide buttons. */
function usePanelWiring(name: PanelName) {
  const ref = useCallback((handle: PanelImperativeHandle | null) => registerPanel(name, handle), [name]);
  const onResize = useCallback((size: PanelSize) => notePanelSize(name, size.inPixels), [name]);
  return { panelRef: ref, onResize };
}

function ResizeHandle({ label }: { readonly label: string }) {
  return <Separator className="resize-handle" aria-label={label} />;
}

/** The graph over the dock (Conflicts, Proposals, Impact); the dock can grow, shrink or fold away. */
function Center({ importErrors }: { readonly importErrors: ReactNode }) {
  // First visit: the graph takes about two thirds of the height (a 30-event story's titles at 11 px need about 420 px).
  // At 1024×700 that leaves the dock about 215 px, room for a proposal with its preview (the toolbar keeps one row there).
  const dockDefault = useMediaQuery(TALL_QUERY) ? '35%' : '34%';
  const vertical = useRemembered('center');
  const dockRow = useRemembered('dock');
  const dock = usePanelWiring('dock');
  // Under 1440 px the Proposals panel gets the larger share: its cards are the dock's tallest text.
  const narrow = !useMediaQuery(ROOMY_DOCK_QUERY);
  return (
    <div className="center">
      {importErrors}
      <Group orientation="vertical" className="center-split" {...vertical}>
        <Panel id="graph" minSize="160px" className="pane center-graph">
          <StoryGraph />
        </Panel>
        <ResizeHandle label="Resize the graph and the bottom panels" />
        <Panel id="dock" defaultSize={dockDefault} minSize="150px" collapsible collapsedSize="0px" className="pane dock" {...dock}>
          <Group orientation="horizontal" className="dock-row" {...dockRow}>
            <Panel id="conflicts" defaultSize={narrow ? '31%' : '37%'} minSize="200px" className="pane dock-cell">
              <ConflictsPanel />
            </Panel>
            <ResizeHandle label="Resize Conflicts and Proposals" />
            <Panel id="proposals" defaultSize={narrow ? '41%' : '37%'} minSize="200px" className="pane dock-cell">
              <ProposalsPanel />
            </Panel>
            <ResizeHandle label="Resize Proposals and Impact" />
            <Panel id="impact" defaultSize={narrow ? '28%' : '26%'} minSize="200px" className="pane dock-cell">
              <ImpactPanel />
            </Panel>
          </Group>
        </Panel>
      </Group>
    </div>
  );
}

interface SidePanelProps {
  readonly id: string;
  readonly defaultSize: string;
  readonly minSize: string;
  readonly maxSize: string;
  readonly wiring: ReturnType<typeof usePanelWiring>;
  readonly children: ReactNode;
}

/** A side column that folds away; its pixel width is kept while the window resizes. */
function SidePanel({ id, defaultSize, minSize, maxSize, wiring, children }: SidePanelProps) {
  return (
    <Panel
      id={id}
      defaultSize={defaultSize}
      minSize={minSize}
      maxSize={maxSize}
      collapsible
      collapsedSize="0px"
      groupResizeBehavior="preserve-pixel-size"
      className="pane"
      {...wiring}
    >
      {children}
    </Panel>
  );
}

/** Library and outline on the left, graph and dock in the middle, inspector on the right; every border can be dragged. */
function WideWorkspace({ importErrors }: { readonly importErrors: ReactNode }) {
  const columns = useRemembered('columns');
  const outline = usePanelWiring('outline');
  const inspector = usePanelWiring('inspector');
  return (
    <Group orientation="horizontal" className="workspace" {...columns}>
      <SidePanel id="outline" defaultSize="280px" minSize="200px" maxSize="40%" wiring={outline}>
        <section className="sidebar left" aria-label="Library and outline">
          <StoryLibrary />
          <EventsOutline />
        </section>
      </SidePanel>
      <ResizeHandle label="Resize the outline" />
      <Panel id="center" minSize="420px" className="pane">
        <Center importErrors={importErrors} />
      </Panel>
      <ResizeHandle label="Resize the inspector" />
      <SidePanel id="inspector" defaultSize="310px" minSize="240px" maxSize="40%" wiring={inspector}>
        <section className="sidebar right" aria-label="Details">
          <Inspector />
        </section>
      </SidePanel>
    </Group>
  );
}

/** Narrow screens: one side column whose tabs switch between the library with the outline and the inspector. */
function NarrowWorkspace({ importErrors }: { readonly importErrors: ReactNode }) {
  const columns = useRemembered('columns-narrow');
  const side = usePanelWiring('inspector');
  return (
    <Group orientation="horizontal" className="workspace" {...columns}>
      <Panel id="center" minSize="480px" className="pane">
        <Center importErrors={importErrors} />
      </Panel>
      <ResizeHandle label="Resize the side panel" />
      <SidePanel id="side" defaultSize="290px" minSize="240px" maxSize="45%" wiring={side}>
        <SideTabs />
      </SidePanel>
    </Group>
  );
}

/** The studio's resizable workspace; its shape follows the window's width. */
export function Workspace({ importErrors }: { readonly importErrors: ReactNode }) {
  const wide = useMediaQuery(WIDE_QUERY);
  // One main landmark around the whole group: the resize handles between the columns are
  // controls too, and every control must sit inside a landmark (axe: region).
  return (
    <main className="workspace-frame" aria-label="Studio workspace">
      {wide ? <WideWorkspace importErrors={importErrors} /> : <NarrowWorkspace importErrors={importErrors} />}
    </main>
  );
}
