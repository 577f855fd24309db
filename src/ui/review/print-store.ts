import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** The report body waiting in the print view (null: nothing to print), and how many times it was asked for. */
interface PrintState {
  readonly body: string | null;
  readonly request: number;
}

const printStore = createStore<PrintState>(() => ({ body: null, request: 0 }));

/** Puts a report body into the print view; PrintReport prints it once it is rendered. */
export function printReportBody(body: string): void {
  printStore.setState((s) => ({ body, request: s.request + 1 }));
}

export function usePrintState<T>(selector: (s: PrintState) => T): T {
  return useStore(printStore, selector);
}
