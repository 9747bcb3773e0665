import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import ExplainerMap from './explainer-map';
import { HOME } from './home';

const location = { current: '' };
function LocationProbe() {
  const { search } = useLocation();
  useEffect(() => {
    location.current = search;
  }, [search]);
  return null;
}

function renderMap(url: string, layers: MapLayer[] = ['orte'], selectedActors: string[] = []) {
  const user = userEvent.setup();
  const patterns = ['h-2014', 'h-2022'];
  const { container } = render(
    <MemoryRouter initialEntries={[url]}>
      <div data-map-frame style={{ width: 800, height: 500 }}>
        <ExplainerMap
          variant="page"
          layers={new Set(layers)}
          highlighted={[]}
          selectedActors={selectedActors}
          target={HOME}
          initial={HOME}
          home={HOME}
          patterns={patterns}
        />
      </div>
      <LocationProbe />
    </MemoryRouter>,
  );
  return { user, container };
}

const marker = (name: string) => screen.getByRole('button', { name });

/** Waits until every place has a marker (on the first load they arrive a few at a time). */
const everyMarker = (container: HTMLElement) =>
  waitFor(
    () => {
      for (const place of content.places) {
        expect(container.querySelector(`.map-marker[data-places~="${place.id}"]`)).not.toBeNull();
      }
    },
    { timeout: 15_000 },
  );

describe('the explainer map', () => {
  it('gives every place a keyboard-focusable marker: its own, named with its German name, or one it shares', async () => {
    const { container } = renderMap('/karte');
    await everyMarker(container);
    for (const place of content.places) {
      const el = container.querySelector(`.map-marker[data-places~="${place.id}"]`)!;
      expect(el, place.id).toHaveAttribute('tabindex', '0');
      expect(el).toHaveAttribute('aria-haspopup', 'dialog');
      if (el.hasAttribute('data-cluster'))
        expect(el.getAttribute('aria-label')).toContain(place.name);
      else expect(el).toBe(marker(place.name));
    }
    // The Hague and the court in it are 3 km apart: one marker at every zoom.
    expect(marker('2 Orte: Den Haag, Internationaler Strafgerichtshof, Den Haag')).toHaveAttribute(
      'data-places',
      'the-hague icc',
    );
  });

  it('opens a shared marker’s chooser by keyboard; a place chosen opens, Escape returns to the marker', async () => {
    const { user } = renderMap('/karte');
    const shared = await waitFor(() =>
      marker('2 Orte: Den Haag, Internationaler Strafgerichtshof, Den Haag'),
    );
    shared.focus();
    await user.keyboard('{Enter}');
    const chooser = screen.getByRole('dialog', { name: '2 Orte an dieser Stelle' });
    expect(shared).toHaveAttribute('aria-expanded', 'true');
    const choices = within(chooser).getAllByRole('button');
    expect(choices.map((b) => b.textContent)).toEqual([
      'Den Haag',
      'Internationaler Strafgerichtshof, Den Haag',
      // No zoom parts these two: only closing is offered.
      'Schließen',
    ]);
    expect(choices[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shared).toHaveFocus();
    expect(shared).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    await user.click(
      screen.getByRole('button', { name: 'Internationaler Strafgerichtshof, Den Haag' }),
    );
    const detail = await screen.findByRole('dialog', {
      name: 'Internationaler Strafgerichtshof, Den Haag',
    });
    expect(location.current).toBe('?ort=icc');
    expect(detail).toHaveFocus();
    expect(shared).toHaveAttribute('data-open', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location.current).toBe(''));
    // Focus goes back to the marker that stands for the place.
    expect(shared).toHaveFocus();
  });

  it('opens a place with Enter, moves focus into its detail and back on Escape', async () => {
    const { user } = renderMap('/karte?akteur=usa');
    const jber = await waitFor(() => marker('Joint Base Elmendorf-Richardson'));
    jber.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Joint Base Elmendorf-Richardson' });
    expect(location.current).toBe('?akteur=usa&ort=jber');
    expect(dialog).toHaveFocus();
    expect(jber).toHaveAttribute('aria-expanded', 'true');
    // Its events link into the chronicle, keeping the filter.
    expect(
      screen.getByRole('link', { name: 'Gipfel von Trump und Putin in Anchorage' }),
    ).toHaveAttribute('href', '/chronik?ereignis=alaska-summit&akteur=usa');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(location.current).toBe('?akteur=usa');
    expect(marker('Joint Base Elmendorf-Richardson')).toHaveFocus();
  });

  it('opens the place the URL names', async () => {
    renderMap('/karte?ort=kyiv');
    expect(await screen.findByRole('dialog', { name: 'Kiew' })).toBeInTheDocument();
  });

  it('ignores an unknown place with a visible note', async () => {
    const { user } = renderMap('/karte?ort=atlantis');
    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent('unbekannten Ort (atlantis)');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hinweis schließen' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('dims the places of actors other than the chosen ones', async () => {
    const { container } = renderMap('/karte', ['orte'], ['ukraine']);
    await everyMarker(container);
    expect(marker('Kiew')).toHaveAttribute('data-emphasis', 'match');
    expect(marker('Moskau (Kreml)')).toHaveAttribute('data-emphasis', 'dimmed');
    // A place of two actors matches either.
    expect(marker('Istanbul (Dolmabahçe-Palast)')).toHaveAttribute('data-emphasis', 'match');
  });
});
