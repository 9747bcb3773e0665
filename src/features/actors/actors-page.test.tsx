import { stakeholders } from '../../content/stakeholders';
import { screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { location, renderApp } from '../../testing/render-app';
import { ActorsPage } from './actors-page';

const matrix = () => screen.findByRole('table', { name: /Was die Akteure wollen und ablehnen/ });
const relationsTable = () => screen.findByRole('table', { name: /Die Verbindungen der Grafik/ });
const detail = () => screen.getByRole('region', { name: 'Details zur Auswahl' });

describe('the actors page', () => {
  it('shows the positions as a table with a caption, column and row headers', async () => {
    renderApp('/akteure');
    const table = await matrix();
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns[0]).toBe('Thema');
    expect(columns.slice(1).join(' ')).toMatch(/^USA.*Russland.*Ukraine.*EU.*NATO.*IStGH/);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rows).toEqual(stakeholders.issues.map((i) => i.label));
    // Russia's row for territory: the stance as a word, the position, and its citation.
    const territory = within(table).getByRole('rowheader', {
      name: 'Gebietsabtretungen',
    }).parentElement!;
    const russia = within(territory).getAllByRole('cell')[1]!;
    expect(russia).toHaveTextContent('dafür');
    expect(russia).toHaveTextContent('faktische Kontrolle über besetzte Gebiete');
    expect(within(russia).getByText('Beleg')).toBeInTheDocument();
    // Where no position is named, the cell says so, even where it gives context.
    expect(within(table).getAllByText('keine Position genannt').length).toBeGreaterThan(5);
    expect(within(table).queryByText('im Artikel nicht genannt')).toBeNull();
    const warrant = within(table).getByRole('rowheader', {
      name: 'Haftbefehl gegen Putin',
    }).parentElement!;
    const usa = within(warrant).getAllByRole('cell')[0]!;
    expect(usa).toHaveTextContent('keine Position genannt');
    expect(usa).toHaveTextContent('kein Vertragsstaat des IStGH');
    // One "Beleg" per cell, each named by its cell for a list of controls.
    expect(within(russia).getByText('Beleg')).toHaveAccessibleName(
      'Beleg: Russland zu Gebietsabtretungen',
    );
  });

  it('lists every relation with its citation as the diagram’s text alternative', async () => {
    renderApp('/akteure');
    const table = await relationsTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(stakeholders.relations.length);
    const war = rows.find((r) => r.textContent?.includes('führt Krieg gegen'))!;
    expect(war).toHaveTextContent('Russland');
    expect(war).toHaveTextContent('Ukraine');
    expect(war).toHaveTextContent('Belegte Tatsache');
    expect(
      within(war).getByRole('link', { name: 'Nähe und Misstrauen, Absatz 1' }),
    ).toHaveAttribute('href', '/#naehe-und-misstrauen-1');
  });

  it('filtering by Ukraine dims the other actors in the matrix, the relations and the diagram', async () => {
    renderApp('/akteure?akteur=ukraine');
    const table = await matrix();
    expect(within(table).getByRole('columnheader', { name: /^Ukraine/ })).toHaveAttribute(
      'data-emphasis',
      'match',
    );
    expect(within(table).getByRole('columnheader', { name: /^Russland/ })).toHaveAttribute(
      'data-emphasis',
      'dimmed',
    );
    const rows = within(await relationsTable()).getAllByRole('row');
    const doubt = rows.find((r) => r.textContent?.includes('Sorge in Europa'))!;
    const war = rows.find((r) => r.textContent?.includes('führt Krieg gegen'))!;
    expect(doubt).toHaveAttribute('data-emphasis', 'dimmed');
    expect(war).toHaveAttribute('data-emphasis', 'match');
    const russia = await screen.findByRole(
      'link',
      { name: 'Russland (Russische Föderation)' },
      { timeout: 15_000 },
    );
    expect(russia).toHaveAttribute('data-emphasis', 'dimmed');
    expect(screen.getByRole('link', { name: 'Präsident Selenskyj' })).toHaveAttribute(
      'data-emphasis',
      'match',
    );
  });

  it('activating a node shows what the actor wants, linked to the article, and puts it in the URL', async () => {
    const { user } = renderApp('/akteure?akteur=eu');
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'Russland (Russische Föderation)' },
        { timeout: 15_000 },
      ),
    );
    await waitFor(() => expect(location.current).toBe('/akteure?akteur=eu&knoten=russland'));
    const card = detail();
    expect(within(card).getByRole('heading', { name: 'Russische Föderation' })).toBeInTheDocument();
    expect(within(card).getByText('Positionen')).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'Einflusszonen, Neutralität der Ukraine und faktische Kontrolle',
    );
    expect(
      within(card).getAllByRole('link', { name: 'Putin auf Augenhöhe?, Absatz 2' })[0],
    ).toHaveAttribute('href', '/?akteur=eu#putin-auf-augenhoehe-2');
    expect(screen.getByRole('link', { name: 'Russland (Russische Föderation)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('activating an edge shows the sentence it comes from', async () => {
    const { user } = renderApp('/akteure');
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'IStGH → Putin: Haftbefehl (2023)' },
        { timeout: 15_000 },
      ),
    );
    await waitFor(() => expect(location.current).toBe('/akteure?beziehung=istgh-putin-haftbefehl'));
    const card = detail();
    expect(card).toHaveTextContent('eines Haftbefehls des Internationalen Strafgerichtshofs');
    expect(
      within(card).getByRole('link', { name: 'ICC issued an arrest warrant for Putin – Babel' }),
    ).toBeInTheDocument();
  });

  it('closing the detail removes the choice from the URL and keeps the filter', async () => {
    const { user } = renderApp('/akteure?akteur=eu&knoten=eu');
    await user.click(await screen.findByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(location.current).toBe('/akteure?akteur=eu'));
    expect(detail()).toHaveTextContent('Einen Akteur oder eine Verbindung wählen');
  });

  it('ignores an unknown node in a link, with a polite note', async () => {
    renderApp('/akteure?knoten=atlantis');
    expect(await screen.findByRole('status')).toHaveTextContent('unbekannten Akteur („atlantis“)');
    expect(detail()).toHaveTextContent('Einen Akteur oder eine Verbindung wählen');
  });

  it('prerenders both tables, reserves the diagram’s place and ignores the URL until hydrated', () => {
    const html = renderToString(
      <StaticRouter location="/akteure?knoten=usa">
        <ActorsPage />
      </StaticRouter>,
    );
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain('<caption');
    expect(html).toContain('class="diagram-frame"');
    expect(html).toContain('Internationaler Strafgerichtshof');
    expect(html).not.toContain('actors-detail__card');
    expect(html).not.toContain('<svg class="diagram__svg"');
  });
});
