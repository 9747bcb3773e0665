import { afterEach, describe, expect, it, vi } from 'vitest';
import { arriveAtEntry, startHistoryPositions } from './history-position';

describe('history positions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('know an entry the router made by its key, without writing the history again', () => {
    startHistoryPositions();
    window.history.pushState({ usr: null, key: 'k3y', idx: 1 }, '', '/chronik');
    const replace = vi.spyOn(window.history, 'replaceState');
    expect(arriveAtEntry()).toEqual({ id: 'k3y', fresh: false });
    expect(replace).not.toHaveBeenCalled();
  });

  it('give an entry without a key (the browser’s own, the first) an id of its own, once', () => {
    startHistoryPositions();
    window.history.pushState(null, '', '/#abschnitt');
    const replace = vi.spyOn(window.history, 'replaceState');
    const first = arriveAtEntry();
    expect(first?.fresh).toBe(true);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(arriveAtEntry()).toEqual({ id: first?.id, fresh: false });
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
