import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

vi.mock('./context-card', () => ({
  ContextCard: () => {
    throw new Error('visual broke');
  },
}));

const { VisualPanel } = await import('./visual-panel');
const { PopoverProvider } = await import('../../components/facts/popover');

describe('the visual panel', () => {
  it('shows a readable note instead of a visual that fails, and keeps the filter', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter>
        <PopoverProvider>
          <VisualPanel />
        </PopoverProvider>
      </MemoryRouter>,
    );
    expect(screen.getByText(/Der Artikel bleibt vollständig lesbar/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ukraine', pressed: false })).toBeInTheDocument();
    info.mockRestore();
    error.mockRestore();
  });
});
