import { useCallback, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface Size {
  width: number;
  height: number;
}

/**
 * An element's content size, kept current with a ResizeObserver, through a callback ref (so a
 * re-mounted element is observed anew). Where there is no observer (jsdom), the fallback stands
 * in, so the view still renders at a known size; `measured` says whether the size is real.
 *
 * The size is never read while React commits (getBoundingClientRect there would force a layout of
 * the whole page inside the commit's task): the observer's first report comes after the browser's
 * own layout, and is applied at once, before that frame is painted, so the fallback never shows.
 */
export function useElementSize<T extends Element>(
  fallback: Size,
): [ref: (element: T | null) => void, size: Size, element: T | null, measured: boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      const apply = () =>
        setSize((old) =>
          old && old.width === width && old.height === height ? old : { width, height },
        );
      if (first) {
        first = false;
        flushSync(apply);
      } else apply();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const real = size !== null && size.width > 0 && size.height > 0;
  return [ref, real ? size : fallback, element, real || typeof ResizeObserver === 'undefined'];
}
