import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { showUpdateNotice, UpdateNotice } from './update-notice';

describe('the notice of a new version', () => {
  it('says so politely and reloads only when the reader asks', async () => {
    const reload = vi.fn();
    render(<UpdateNotice onReload={reload} />);
    const notice = screen.getByRole('complementary', { name: 'Aktualisierung' });
    expect(screen.getByRole('status')).toHaveTextContent('Neue Version verfügbar');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(notice).toBeInTheDocument();
  });

  it('can be closed without reloading', async () => {
    const reload = vi.fn();
    render(<UpdateNotice onReload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hinweis schließen' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('appears over any page, and again for a newer version after being closed', async () => {
    const first = vi.fn();
    act(() => showUpdateNotice(first));
    await userEvent.click(screen.getByRole('button', { name: 'Hinweis schließen' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    const second = vi.fn();
    act(() => showUpdateNotice(second));
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });
});
