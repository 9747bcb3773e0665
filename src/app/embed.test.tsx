import { fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import EmbedPage from './embed';

const more = 'Gipfel in Alaska: der ganze Erklärtext';

describe('an embedded view', () => {
  it('stands alone: no masthead, navigation or footer, and a link back to the explainer', async () => {
    renderApp('/einbetten/chronik');
    const link = await screen.findByRole('link', { name: more });
    expect(link).toHaveAttribute('href', '/');
    // The explainer opens in the reader's page, not in the frame.
    expect(link).toHaveAttribute('target', '_top');
    expect(screen.getByRole('main')).toHaveAttribute('data-view', 'chronik');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByText('Zum Inhalt springen')).toBeNull();
  });

  it('keeps the actor filter of its address, also in its link back', async () => {
    renderApp('/einbetten/akteure?akteur=ukraine');
    const link = await screen.findByRole('link', { name: more });
    expect(link).toHaveAttribute('href', '/?akteur=ukraine');
  });

  it('sends a link to another page out of the frame, and keeps one within the view', () => {
    const views = {
      chronik: () => (
        <>
          <Link to="/karte?ort=kyiv">Kyjiw auf der Karte</Link>
          <Link to="?ereignis=yalta">Jalta</Link>
        </>
      ),
    };
    // The page's own address, as the browser has it.
    window.history.pushState(null, '', '/einbetten/chronik');
    render(
      <MemoryRouter initialEntries={['/einbetten/chronik']}>
        <EmbedPage view="chronik" views={views} />
      </MemoryRouter>,
    );
    const away = screen.getByRole('link', { name: 'Kyjiw auf der Karte' });
    const within = screen.getByRole('link', { name: 'Jalta' });
    // Not followed here (jsdom does not navigate): only where each link is sent is checked.
    away.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(away);
    expect(away).toHaveAttribute('target', '_top');
    fireEvent.click(within);
    expect(within).not.toHaveAttribute('target');
    window.history.pushState(null, '', '/');
  });
});
