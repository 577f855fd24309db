import { create } from 'zustand';
import type { PanelImperativeHandle } from 'react-resizable-panels';

/** The panels a person can hide and show from the toolbar. */
export type PanelName = 'outline' | 'inspector' | 'dock';

interface PanelControls {
  /** Whether each panel is collapsed right now (kept in step by the panels' onResize). */
  readonly collapsed: Readonly<Record<PanelName, boolean>>;
}

const usePanelControls = create<PanelControls>(() => ({ collapsed: { outline: false, inspector: false, dock: false } }));
const handles = new Map<PanelName, PanelImperativeHandle>();

/** Called by the workspace: the live panel behind a name (null when it unmounts, e.g. on a narrow screen). */
export function registerPanel(name: PanelName, handle: PanelImperativeHandle | null): void {
  if (handle) handles.set(name, handle);
  else handles.delete(name);
}

/** Called from the panel's onResize: a panel dragged to nothing counts as collapsed. */
export function notePanelSize(name: PanelName, pixels: number): void {
  const collapsed = pixels < 1;
  if (usePanelControls.getState().collapsed[name] === collapsed) return;
  usePanelControls.setState((s) => ({ collapsed: { ...s.collapsed, [name]: collapsed } }));
}

/** Shows a hidden panel or hides a shown one. */
export function togglePanel(name: PanelName): void {
  const handle = handles.get(name);
  if (!handle) return;
  if (handle.isCollapsed()) handle.expand();
  else handle.collapse();
}

/** Whether a panel is collapsed, for the toolbar's pressed state. */
export function usePanelCollapsed(name: PanelName): boolean {
  return usePanelControls((s) => s.collapsed[name]);
}

/** Whether the panel can be toggled at all (it exists in the current layout). */
export function hasPanel(name: PanelName): boolean {
  return handles.has(name);
}
