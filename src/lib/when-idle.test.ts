import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoadWhenIdle } from './when-idle';

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

afterEach(() => {
  Reflect.deleteProperty(document, 'readyState');
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterLoadWhenIdle', () => {
  it('waits for the load event, then for an idle moment', () => {
    setReadyState('loading');
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    const task = vi.fn();
    afterLoadWhenIdle(task);
    expect(idle).toHaveLength(0);
    window.dispatchEvent(new Event('load'));
    expect(idle).toHaveLength(1);
    expect(task).not.toHaveBeenCalled();
    idle[0]!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('only waits for an idle moment when the page has loaded already', () => {
    setReadyState('complete');
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    afterLoadWhenIdle(() => {}, 1234);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 1234 });
  });

  it('falls back to a timer where there is no requestIdleCallback', () => {
    setReadyState('complete');
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const task = vi.fn();
    afterLoadWhenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
