import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

describe('useAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('stays false through the first frame and turns true in the task after it', () => {
    const { result } = renderHook(() => useAfterPaint());
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);
  });

  it('does nothing once unmounted before the frame', () => {
    const { unmount } = renderHook(() => useAfterPaint());
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
