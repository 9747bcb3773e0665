import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import summit from '@article/data/summit.json';
import { renderApp } from '../../testing/render-app';

describe('the story’s opening picture', () => {
  it('sits under the title: a picture of its size, its alternative and a caption with its credit and sources', () => {
    renderApp('/');
    const title = screen.getByRole('heading', { level: 1 });
    const figure = screen.getByRole('figure');
    expect(title.nextElementSibling).toBe(figure);
    const image = within(figure).getByRole('img');
    expect(image).toHaveAttribute('src', '/bilder/gipfel-schmal.svg');
    expect(image).toHaveAttribute('width', '360');
    expect(image).toHaveAttribute('height', '200');
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).not.toHaveAttribute('loading');
    expect(image.getAttribute('alt')).toMatch(/Alaska.*Ukraine.*Anchorage.*15\. August 2025.*Kiew/);
    // What it shows is the article's own words (summit.json), not the engine's.
    expect(image.getAttribute('alt')?.startsWith(`${summit!.opening.alt} `)).toBe(true);
    expect(figure.querySelector('source')).toHaveAttribute('srcset', '/bilder/gipfel-breit.svg');
    const caption = figure.querySelector('figcaption')!;
    expect(caption).toHaveTextContent(/^Grafik der Redaktion:/);
    expect(caption).toHaveTextContent('Natural Earth');
    expect(caption).toHaveTextContent('15. August 2025');
    expect(caption).toHaveTextContent(`15. August 2025: ${summit!.opening.caption}`);
    expect(within(caption).getByRole('link', { name: /^Quellen: Gipfel/ })).toHaveAttribute(
      'href',
      '/quellen#fakt-event-alaska-summit',
    );
  });
});
