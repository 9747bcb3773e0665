import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './use-media-query';

/** A page whose matchMedia answers `matches` for every query, and can change its mind. */
function fakeDevice(initially: boolean) {
  let matches = initially;
  const lists: MediaQueryList[] = [];
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => {
    const list = {
      media: query,
      get matches() {
        return matches;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    } as unknown as MediaQueryList;
    lists.push(list);
    return list;
  });
  const change = (next: boolean) => {
    matches = next;
    for (const listener of listeners) listener();
  };
  return { change, lists, listeners };
}

afterEach(() => vi.unstubAllGlobals());

describe('useMediaQuery', () => {
  it('says whether the query matches, and follows when it changes', () => {
    const { change, listeners } = fakeDevice(false);
    const { result, unmount } = renderHook(() => useMediaQuery('(pointer: coarse)'));
    expect(result.current).toBe(false);
    act(() => change(true));
    expect(result.current).toBe(true);
    unmount();
    expect(listeners.size).toBe(0);
  });

  it('asks the browser once per query, however often it renders', () => {
    const { lists } = fakeDevice(true);
    const { result, rerender } = renderHook(() => useMediaQuery('(min-width: 1px)'));
    rerender();
    rerender();
    expect(result.current).toBe(true);
    expect(lists).toHaveLength(1);
  });

  it('asks anew when the page’s matchMedia is replaced', () => {
    fakeDevice(false);
    const first = renderHook(() => useMediaQuery('(hover: none)'));
    expect(first.result.current).toBe(false);
    first.unmount();
    fakeDevice(true);
    expect(renderHook(() => useMediaQuery('(hover: none)')).result.current).toBe(true);
  });

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(renderHook(() => useMediaQuery('(prefers-reduced-motion: reduce)')).result.current).toBe(
      false,
    );
  });
});
