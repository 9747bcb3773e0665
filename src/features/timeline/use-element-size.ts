import { useCallback, useLayoutEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * An element's content size, kept current with a ResizeObserver, through a callback ref (so a
 * re-mounted element is observed anew). Where there is no observer (jsdom), the fallback stands
 * in, so the view still renders at a known size.
 */
export function useElementSize<T extends Element>(
  fallback: Size,
): [ref: (element: T | null) => void, size: Size, element: T | null] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (width: number, height: number) =>
      setSize((old) =>
        old && old.width === width && old.height === height ? old : { width, height },
      );
    const rect = element.getBoundingClientRect();
    measure(Math.round(rect.width), Math.round(rect.height));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measure(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [ref, size && size.width > 0 && size.height > 0 ? size : fallback, element];
}
