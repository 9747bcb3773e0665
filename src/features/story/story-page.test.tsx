import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../content';
import { normaliseWhitespace, sentences } from '../../content/article-text';
import { location, renderApp } from '../../testing/render-app';
import { declared } from '../../testing/stylesheet';

/**
 * What the stylesheet makes of a mention under the current filter: whether a match rule selects
 * it, and the actor colour the last (winning) colour rule gives it.
 */
function emphasis(mention: Element) {
  const matched = declared(mention, 'background').includes('var(--anno-tint)');
  return {
    match: matched,
    colour: matched ? (declared(mention, '--anno-colour').at(-1) ?? null) : null,
  };
}

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
    // The article's own words (the visual panel sits inside its box, beside the text).
    const blocks = [
      ...article.querySelectorAll(
        '.story__title, .story__heading, p.story__paragraph, .story__byline',
      ),
    ].map((el) => normaliseWhitespace(el.textContent ?? ''));
    expect(blocks.flatMap(sentences)).toEqual(expectedSentences());
    expect(
      screen.getByText('Andreas M. Brucker', { exact: false, selector: '.story__byline' }),
    ).toBeVisible();
  });

  it('opens an annotation with its provenance and sources, and Escape returns focus to it', async () => {
    const { user } = renderApp('/');
    const mention = screen.getByRole('button', { name: 'Konferenz von Jalta' });
    await user.click(mention);
    const dialog = await screen.findByRole('dialog', { name: /Jalta/ });
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
      // A fact check says so in its name; the text itself stays the author's.
      name: 'Die juristische Sondersituation dieses US-Bundesstaats (Faktencheck)',
    });
    expect(phrase).toHaveTextContent(/^Die juristische Sondersituation dieses US-Bundesstaats$/);
    await user.click(phrase);
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/Alaska hat keinen juristischen Sonderstatus/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('6. Mai 2002', { selector: '.fact__date' }),
    ).toBeInTheDocument();
  });

  it('corrects "ein militärischer Patt" in a note at the spot, and leaves the author’s words as written', async () => {
    const { user } = renderApp('/');
    const lead = document.getElementById('einleitung-1')!;
    expect(lead).toHaveTextContent('ein militärischer Patt zeichnet sich ab');
    await user.click(within(lead).getByRole('button', { name: /militärischer Patt/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: /Korrektur/ })).toBeInTheDocument();
    const correction = dialog.querySelector('.fact__correction')!;
    expect(correction).toHaveTextContent('Korrektur: Richtig heißt es „ein militärisches Patt“');
    expect(lead).toHaveTextContent('ein militärischer Patt zeichnet sich ab');
  });

  it('filtering by Ukraine highlights its mentions, dims the rest and writes the URL', async () => {
    const { user } = renderApp('/');
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    const story = document.querySelector('.story')!;
    await user.click(within(panel).getByRole('button', { name: 'Ukraine', pressed: false }));
    await waitFor(() => expect(location.current).toBe('/?akteur=ukraine'));
    expect(
      within(panel).getByRole('button', { name: 'Ukraine', pressed: true }),
    ).toBeInTheDocument();
    // The story's root names the choice; each mention names its actors; the stylesheet does the rest.
    expect(story).toHaveAttribute('data-filter', 'ukraine');
    expect(story).toHaveAttribute('data-filtered', 'true');
    const selenskyj = screen.getByRole('button', { name: 'Präsident Selenskyj' });
    const trump = screen.getByRole('button', { name: 'Donald Trumps' });
    expect(selenskyj).toHaveAttribute('data-actors', 'ukraine');
    expect(trump).toHaveAttribute('data-actors', 'usa');
    expect(emphasis(selenskyj)).toEqual({ match: true, colour: 'var(--actor-ukraine)' });
    expect(emphasis(trump)).toEqual({ match: false, colour: null });
    // Not of the chosen actor, yet still underlined: it still looks tappable.
    expect(declared(trump, 'text-decoration-color')).not.toContain('transparent');
    // A mention of several actors takes the colour of the chosen one.
    const videoCall = screen.getByRole('button', { name: 'in Videokonferenzen konsultiert' });
    expect(videoCall.getAttribute('data-actors')?.split(' ')).toEqual(
      expect.arrayContaining(['usa', 'ukraine', 'eu']),
    );
    expect(emphasis(videoCall)).toEqual({ match: true, colour: 'var(--actor-ukraine)' });
    // Section 3 (Europe's worry) names no Ukrainian actor in its second paragraph.
    const europe2 = document.getElementById('europas-sorge-2')!;
    expect(europe2.getAttribute('data-actors') ?? '').not.toMatch(/\bukraine\b/);
    expect(declared(europe2, 'color')).toContain('var(--ink-dim)');
    expect(declared(selenskyj.closest('p')!, 'color')).not.toContain('var(--ink-dim)');
    await user.click(within(panel).getByRole('button', { name: 'Filter aufheben' }));
    await waitFor(() => expect(location.current).toBe('/'));
    expect(story).not.toHaveAttribute('data-filter');
    expect(story).toHaveAttribute('data-filtered', 'false');
    expect(emphasis(trump)).toEqual({ match: false, colour: null });
    expect(declared(trump, 'text-decoration-color')).not.toContain('transparent');
    expect(declared(europe2, 'color')).not.toContain('var(--ink-dim)');
  });

  it('with two actors chosen, a mention of both takes the colour of the first in the list', async () => {
    const { user } = renderApp('/?akteur=eu');
    const videoCall = screen.getByRole('button', { name: 'in Videokonferenzen konsultiert' });
    expect(emphasis(videoCall)).toEqual({ match: true, colour: 'var(--actor-eu)' });
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await user.click(within(panel).getByRole('button', { name: 'USA', pressed: false }));
    await waitFor(() => expect(location.current).toBe('/?akteur=usa,eu'));
    expect(document.querySelector('.story')).toHaveAttribute('data-filter', 'usa eu');
    expect(emphasis(videoCall)).toEqual({ match: true, colour: 'var(--actor-usa)' });
    // Either chosen actor makes a mention match; the others are dimmed.
    expect(emphasis(screen.getByRole('button', { name: 'Donald Trumps' }))).toMatchObject({
      match: true,
    });
    expect(emphasis(screen.getByRole('button', { name: 'Präsident Selenskyj' }))).toMatchObject({
      match: false,
    });
  });

  it('the panel and the epilogue follow the filter through the same attributes', async () => {
    const { user } = renderApp('/');
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await user.click(within(panel).getByRole('button', { name: 'Russland', pressed: false }));
    const context = panel.querySelector<HTMLElement>('.context')!;
    const chip = (name: string) => within(context).getByRole('button', { name });
    // The panel follows the address, which follows the choice once it is painted.
    await waitFor(() => expect(declared(chip('USA'), 'color')).toContain('var(--ink-dim)'));
    expect(declared(chip('Russland'), 'color')).not.toContain('var(--ink-dim)');
    expect(declared(chip('USA'), 'color')).toContain('var(--ink-dim)');
    expect(declared(chip('USA'), 'border-style')).toContain('dashed');
    // The epilogue's entries: with Russia chosen, all three match; with the EU, only the last.
    const epilogue = screen.getByRole('region', { name: 'Was danach geschah' });
    const dimmedEntries = () =>
      within(epilogue)
        .getAllByRole('listitem')
        .filter((li) => declared(li, 'color').includes('var(--ink-dim)'));
    expect(dimmedEntries()).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Russland', pressed: true }));
    await user.click(within(panel).getByRole('button', { name: 'EU', pressed: false }));
    await waitFor(() =>
      expect(dimmedEntries().map((li) => li.querySelector('time')?.textContent)).toEqual([
        '15. August 2025',
        expect.stringMatching(/August 2025/),
      ]),
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
    // Trump's words after the summit are checked; Putin's demands are known from media reports
    // only: one entry, two statements, each with its own badge.
    const shift = within(epilogue)
      .getByRole('heading', { name: 'Trump: Friedensabkommen statt Waffenruhe' })
      .closest('li')!;
    expect(within(shift).getByText('Belegte Tatsache')).toBeInTheDocument();
    expect(within(shift).getByText('Medienbericht')).toBeInTheDocument();
    expect(within(shift).getByText(/Medien berichten, Putin habe verlangt/)).toBeInTheDocument();
    expect(within(epilogue).queryByText('Behauptung einer Partei')).toBeNull();
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

  it('an unknown address shows the 404 page with a way back', async () => {
    renderApp('/gibt-es-nicht');
    // The page is its own chunk: wait for it.
    expect(
      await screen.findByRole('heading', { name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Artikel' })).toHaveAttribute('href', '/');
  });
});
