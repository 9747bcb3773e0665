import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { VisualState } from '../../content/schema';
import MapVisual from './map-visual';

const alaska: VisualState = {
  view: 'karte',
  actors: [],
  places: ['jber', 'sitka'],
  events: [],
  map: {
    bounds: [
      [52, 160],
      [71.5, 236],
    ],
    layers: ['orte', 'beringstrasse'],
  },
};
const ukraine: VisualState = { ...alaska, places: ['kyiv'], map: undefined };

function ui(visual: VisualState, sectionId: string) {
  return (
    <MemoryRouter initialEntries={['/']}>
      <MapVisual visual={visual} selected={[]} sectionId={sectionId} />
    </MemoryRouter>
  );
}

const layer = (name: string) => screen.getByRole('checkbox', { name });

describe('the map in the story panel', () => {
  it('shows the section’s layers and highlights its places', async () => {
    render(ui(alaska, 'putin-auf-augenhoehe'));
    expect(layer('Beringstraße')).toBeChecked();
    expect(layer('Vertragsstaaten des IStGH')).not.toBeChecked();
    // The markers arrive a few at a time; on a busy machine that takes seconds.
    await waitFor(
      () => {
        expect(screen.getByRole('button', { name: 'Sitka (Castle Hill)' })).toHaveAttribute(
          'data-highlighted',
          'true',
        );
        expect(screen.getByRole('button', { name: 'Kiew' })).toHaveAttribute(
          'data-highlighted',
          'false',
        );
      },
      { timeout: 15_000 },
    );
  });

  it('lets the reader switch layers, and a new section resets them to its own', async () => {
    const { rerender } = render(ui(alaska, 'putin-auf-augenhoehe'));
    await userEvent.click(layer('Vertragsstaaten des IStGH'));
    expect(layer('Vertragsstaaten des IStGH')).toBeChecked();
    rerender(ui(ukraine, 'symbolik-und-substanz'));
    expect(layer('Vertragsstaaten des IStGH')).not.toBeChecked();
    // A section without a map state shows its places.
    expect(layer('Orte des Artikels')).toBeChecked();
    expect(layer('Beringstraße')).not.toBeChecked();
  });
});
