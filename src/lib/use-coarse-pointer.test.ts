import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCoarsePointer } from './use-coarse-pointer';

/** A device whose pointer is a finger while `coarse` says so; other queries never match. */
function fakePointer(initially: boolean) {
  let coarse = initially;
  const listeners = new Set<() => void>();
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        media: query,
        get matches() {
          return query === '(pointer: coarse)' && coarse;
        },
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  );
  return (next: boolean) => {
    coarse = next;
    for (const listener of listeners) listener();
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('useCoarsePointer', () => {
  it('is true on a touch screen and follows a switch to a mouse', () => {
    const switchTo = fakePointer(true);
    const { result } = renderHook(() => useCoarsePointer());
    expect(result.current).toBe(true);
    act(() => switchTo(false));
    expect(result.current).toBe(false);
  });

  it('is false with a mouse', () => {
    fakePointer(false);
    expect(renderHook(() => useCoarsePointer()).result.current).toBe(false);
  });
});
