import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRevealPerTask } from './use-reveal-per-task';

describe('useRevealPerTask', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  const nextTask = () =>
    act(() => {
      vi.advanceTimersByTime(0);
    });

  it('reveals `step` more items in each task until all are shown', () => {
    const { result } = renderHook(() => useRevealPerTask(14, 6));
    expect(result.current).toBe(0);
    nextTask();
    expect(result.current).toBe(6);
    nextTask();
    expect(result.current).toBe(12);
    nextTask();
    expect(result.current).toBe(Infinity);
  });

  it('waits while there is nothing to show', () => {
    const { result, rerender } = renderHook(({ total }) => useRevealPerTask(total, 6), {
      initialProps: { total: 0 },
    });
    nextTask();
    expect(result.current).toBe(0);
    rerender({ total: 3 });
    nextTask();
    expect(result.current).toBe(Infinity);
  });

  it('shows everything at once after the first reveal, however many items come', () => {
    const { result, rerender } = renderHook(({ total }) => useRevealPerTask(total, 6), {
      initialProps: { total: 2 },
    });
    nextTask();
    rerender({ total: 40 });
    expect(result.current).toBe(Infinity);
  });
});
