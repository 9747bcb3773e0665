import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../content';
import { normaliseWhitespace, sentences } from '../../content/article-text';
import { location, renderApp } from '../../testing/render-app';

/** The article file with only the two page-break repairs: blank-line runs of 3+ join a paragraph. */
function expectedSentences(): string[] {
  const repaired = contentFiles.articleText.replace(/\n\s*\n\s*\n\s*\n/g, ' ');
  return repaired
    .split(/\n\s*\n/)
    .map(normaliseWhitespace)
    .filter(Boolean)
    .flatMap(sentences);
}

describe('the story', () => {
  it('shows the whole article word for word, sentence by sentence, with the byline', () => {
    renderApp('/');
    const article = screen.getByRole('article');
    const blocks = [...article.querySelectorAll('h1, h2, p.story__paragraph, .story__byline')].map(
      (el) => normaliseWhitespace(el.textContent ?? ''),
    );
    expect(blocks.flatMap(sentences)).toEqual(expectedSentences());
    expect(
      screen.getByText('Andreas M. Brucker', { exact: false, selector: '.story__byline' }),
    ).toBeVisible();
  });

  it('opens an annotation with its provenance and sources, and Escape returns focus to it', async () => {
    const { user } = renderApp('/');
    const mention = screen.getByRole('button', { name: 'Konferenz von Jalta' });
    await user.click(mention);
    const dialog = screen.getByRole('dialog', { name: /Jalta/ });
    expect(within(dialog).getByText(/4\.–11\. Februar 1945/)).toBeInTheDocument();
    expect(within(dialog).getByText('Belegte Tatsache')).toBeInTheDocument();
    expect(
      await within(dialog).findByRole('link', { name: /Yalta Conference – Wikipedia/ }),
    ).toHaveAttribute('rel', 'noopener noreferrer');
    expect(mention).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mention).toHaveFocus();
  });

  it('shows the fact check where the article says "juristische Sondersituation", without changing the text', async () => {
    const { user } = renderApp('/');
    const phrase = screen.getByRole('button', {
      name: 'Die juristische Sondersituation dieses US-Bundesstaats',
    });
    await user.click(phrase);
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(/Alaska hat keinen juristischen Sonderstatus/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('6. Mai 2002', { selector: '.fact__date' }),
    ).toBeInTheDocument();
  });

  it('filtering by Ukraine highlights its mentions, dims the rest and writes the URL', async () => {
    const { user } = renderApp('/');
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await user.click(within(panel).getByRole('button', { name: 'Ukraine', pressed: false }));
    expect(location.current).toBe('/?akteur=ukraine');
    expect(
      within(panel).getByRole('button', { name: 'Ukraine', pressed: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Präsident Selenskyj' })).toHaveAttribute(
      'data-emphasis',
      'match',
    );
    expect(screen.getByRole('button', { name: 'Donald Trumps' })).toHaveAttribute(
      'data-emphasis',
      'dimmed',
    );
    // A mention of several actors takes the colour of the chosen one.
    expect(screen.getByRole('button', { name: 'in Videokonferenzen konsultiert' })).toHaveAttribute(
      'data-match',
      'ukraine',
    );
    // Section 3 (Europe's worry) names no Ukrainian actor in its second paragraph.
    expect(document.getElementById('europas-sorge-2')).toHaveAttribute('data-emphasis', 'dimmed');
    await user.click(within(panel).getByRole('button', { name: 'Filter aufheben' }));
    expect(location.current).toBe('/');
    expect(screen.getByRole('button', { name: 'Donald Trumps' })).toHaveAttribute(
      'data-emphasis',
      'neutral',
    );
  });

  it('reads the filter from a shared link and notes an unknown actor politely', () => {
    renderApp('/?akteur=eu,atlantis');
    expect(screen.getAllByRole('button', { name: 'EU', pressed: true }).length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent('unbekannten Akteur (atlantis)');
  });

  it('lists every section in the table of contents', () => {
    renderApp('/');
    const toc = screen.getByRole('navigation', { name: 'Inhaltsverzeichnis' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      '#einleitung',
      '#naehe-und-misstrauen',
      '#ohne-die-ukraine',
      '#europas-sorge',
      '#putin-auf-augenhoehe',
      '#symbolik-und-substanz',
    ]);
  });
});

describe('the epilogue', () => {
  it('tells what happened at and after the summit, outside the article and marked as such', () => {
    renderApp('/');
    const epilogue = screen.getByRole('region', { name: 'Was danach geschah' });
    expect(screen.getByRole('article')).not.toContainElement(epilogue);
    expect(within(epilogue).getByText(/nicht Teil des Artikels/)).toBeInTheDocument();
    expect(
      within(epilogue).getAllByRole('listitem', { name: undefined }).length,
    ).toBeGreaterThanOrEqual(3);
    expect(within(epilogue).getByText('15. August 2025')).toBeInTheDocument();
    expect(within(epilogue).getByText('18. August 2025')).toBeInTheDocument();
    // The reported demands after the summit are a party's claim, labelled as such.
    expect(within(epilogue).getByText('Behauptung einer Partei')).toBeInTheDocument();
  });
});

describe('other pages', () => {
  it('the glossary lists every annotated term', async () => {
    renderApp('/glossar');
    // The page is its own chunk: wait for it.
    await screen.findByRole('heading', { name: 'Glossar', level: 1 });
    for (const term of contentFiles.terms) {
      expect(screen.getByRole('heading', { name: term.term })).toBeInTheDocument();
    }
  });

  it('an unknown address shows the 404 page with a way back', () => {
    renderApp('/gibt-es-nicht');
    expect(screen.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Artikel' })).toHaveAttribute('href', '/');
  });
});
