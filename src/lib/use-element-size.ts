import { useCallback, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * An element's content size, kept current with a ResizeObserver that a callback ref attaches (so
 * a re-mounted element is observed anew; the ref's cleanup detaches it). Where there is no
 * observer (jsdom), the fallback stands in, so the view still renders at a known size; `measured`
 * says whether the size is real.
 *
 * The size is never read while React commits (getBoundingClientRect there would force a layout of
 * the whole page inside the commit's task), and the ref sets no state (that would render the view
 * again at once, inside the commit's task): the observer's first report comes after the browser's
 * own layout and is rendered in a task of its own. Until then the fallback stands in; a view that
 * must not show it uses `measured`.
 */
export function useElementSize<T extends Element>(
  fallback: Size,
): [ref: (element: T | null) => (() => void) | undefined, size: Size, measured: boolean] {
  const [size, setSize] = useState<Size | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((old) =>
        old && old.width === width && old.height === height ? old : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const real = size !== null && size.width > 0 && size.height > 0;
  return [ref, real ? size : fallback, real || typeof ResizeObserver === 'undefined'];
}
