import { Component, type ReactNode } from 'react';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLoadedWhenWanted } from './use-loaded';

describe('useLoadedWhenWanted', () => {
  it('loads nothing until wanted, then once', async () => {
    const load = vi.fn(() => Promise.resolve('regions'));
    const { result, rerender } = renderHook(({ wanted }) => useLoadedWhenWanted(load, wanted), {
      initialProps: { wanted: false },
    });
    expect(load).not.toHaveBeenCalled();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toBe('regions'));
    rerender({ wanted: false });
    rerender({ wanted: true });
    expect(result.current).toBe('regions');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hands a failed load to the error boundary', async () => {
    class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
      state: { error?: Error } = {};
      static getDerivedStateFromError(error: Error) {
        return { error };
      }
      render() {
        return this.state.error ? <p>{this.state.error.message}</p> : this.props.children;
      }
    }
    function View() {
      useLoadedWhenWanted(() => Promise.reject(new Error('offline')), true);
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Boundary>
        <View />
      </Boundary>,
    );
    expect(await screen.findByText('offline')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
