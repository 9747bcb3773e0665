import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHydrated, useTaskAfterHydration } from './use-hydrated';

describe('useHydrated', () => {
  it('is true in the browser once React renders there itself', () => {
    expect(renderHook(() => useHydrated()).result.current).toBe(true);
  });
});

describe('useTaskAfterHydration', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('turns true a task after hydration, not in the render that ends it', () => {
    const { result } = renderHook(() => useTaskAfterHydration());
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(true);
  });
});
