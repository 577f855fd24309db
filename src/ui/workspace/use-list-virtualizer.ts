import { useVirtualizer, type ReactVirtualizerOptions, type Virtualizer } from '@tanstack/react-virtual';

type Options<S extends Element, I extends Element> = Pick<
  ReactVirtualizerOptions<S, I>,
  'count' | 'getScrollElement' | 'estimateSize' | 'overscan' | 'rangeExtractor' | 'getItemKey' | 'scrollMargin'
>;

/**
 * TanStack Virtual's `useVirtualizer` for the studio's long lists (events outline, conflicts).
 * The lint rule is about the React Compiler, which this project does not use: the hook
 * re-renders its component on every scroll, and rows read only plain numbers from it.
 */
export function useListVirtualizer<S extends Element, I extends Element>(options: Options<S, I>): Virtualizer<S, I> {
  // oxlint-disable-next-line react/incompatible-library
  return useVirtualizer<S, I>(options);
}
