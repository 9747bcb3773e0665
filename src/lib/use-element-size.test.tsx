import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from './use-element-size';

/** A ResizeObserver the test drives: `report` sends the observed element's content size. */
function fakeObserver() {
  const observer = { callback: null as ResizeObserverCallback | null, disconnected: false };
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: ResizeObserverCallback) {
        observer.callback = callback;
      }
      observe() {}
      disconnect() {
        observer.disconnected = true;
      }
    },
  );
  const report = (width: number, height: number) =>
    act(() =>
      observer.callback?.(
        [{ contentRect: { width, height } } as ResizeObserverEntry],
        {} as ResizeObserver,
      ),
    );
  return { observer, report };
}

afterEach(() => vi.unstubAllGlobals());

describe('useElementSize', () => {
  it('stands in the fallback until the observer reports, then whole pixels of the real size', () => {
    const { observer, report } = fakeObserver();
    const { result } = renderHook(() =>
      useElementSize<HTMLDivElement>({ width: 300, height: 200 }),
    );
    const detach = result.current[0](document.createElement('div'));
    expect(result.current[1]).toEqual({ width: 300, height: 200 });
    expect(result.current[2]).toBe(false);
    report(340.4, 459.6);
    expect(result.current[1]).toEqual({ width: 340, height: 460 });
    expect(result.current[2]).toBe(true);
    detach?.();
    expect(observer.disconnected).toBe(true);
  });

  it('keeps the fallback while the element has no size (a hidden panel)', () => {
    const { report } = fakeObserver();
    const { result } = renderHook(() =>
      useElementSize<HTMLDivElement>({ width: 300, height: 200 }),
    );
    result.current[0](document.createElement('div'));
    report(0, 0);
    expect(result.current[1]).toEqual({ width: 300, height: 200 });
    expect(result.current[2]).toBe(false);
  });

  it('counts the fallback as measured where nothing can measure', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { result } = renderHook(() =>
      useElementSize<HTMLDivElement>({ width: 300, height: 200 }),
    );
    expect(result.current[1]).toEqual({ width: 300, height: 200 });
    expect(result.current[2]).toBe(true);
  });
});
