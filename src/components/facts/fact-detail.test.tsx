/**
 * What a detail view says a statement is: the newsroom's text as the newsroom's, with the sources
 * of every fact in it; a claim with its party; an approximate point never as a checked fact.
 */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { loadDetailTexts } from '../../content/detail-texts';
import { loadSources } from '../../content/sources';
import type { AnnotationTarget } from '../../content/target';
import { allContentFiles } from '../../content/all-files';
import { FactDetail } from './fact-detail';
import { describeTarget } from './fact-summary';

beforeAll(async () => {
  await Promise.all([loadSources(), loadDetailTexts()]);
});

function show(target: AnnotationTarget) {
  const summary = describeTarget(target)!;
  render(
    <MemoryRouter>
      <FactDetail summary={summary} />
    </MemoryRouter>,
  );
  return document.querySelector<HTMLElement>('.fact')!;
}

const sourceTitle = (id: string) => allContentFiles.sources.find((s) => s.id === id)!.title;

describe('a fact’s detail', { timeout: 20_000 }, () => {
  it('badges a place card as the newsroom’s and names the sources of what it says happened there', () => {
    const card = show({ type: 'place', id: 'kherson' });
    expect(within(card).getByText('Erläuterung der Redaktion')).toBeInTheDocument();
    expect(within(card).queryByText('Belegte Tatsache')).toBeNull();
    expect(card).toHaveTextContent('teilweise überflutet');
    for (const id of ['kherson-wikipedia', 'ukrainian-armed-forces-enter-kherson-kyiv']) {
      expect(within(card).getByRole('link', { name: sourceTitle(id) })).toBeInTheDocument();
    }
    expect(
      within(card).getByRole('link', {
        name: sourceTitle('significant-flooding-in-nova-kakhovka-after'),
      }),
    ).toBeInTheDocument();
  });

  it('reads an English source title in English', () => {
    const card = show({ type: 'place', id: 'kherson' });
    const link = within(card).getByRole('link', { name: sourceTitle('kherson-wikipedia') });
    const title = link.querySelector('[lang]');
    expect(title).toHaveAttribute('lang', 'en');
    expect(title).toHaveTextContent(sourceTitle('kherson-wikipedia'));
  });

  it('reads an English term in English, its German quotation marks in German', () => {
    const card = show({ type: 'term', id: 'feel-out-meeting' });
    const title = card.querySelector('.fact__title')!;
    expect(title).toHaveTextContent('„feel-out meeting“');
    const english = title.querySelector('[lang]');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english?.textContent).toBe('feel-out meeting');
  });

  it('reads English quotes in English and leaves their German translation German', () => {
    const card = show({ type: 'event', id: 'alaska-summit' });
    const text = card.querySelector('.fact__text')!;
    const english = [...text.querySelectorAll('[lang]')];
    expect(english.map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([
      ['en', "There's no deal until there's a deal"],
      ['en', 'Next time in Moscow'],
    ]);
    // "es gibt keinen Deal, …" is the German translation: not marked.
    expect(text).toHaveTextContent('es gibt keinen Deal, solange es keinen Deal gibt');
  });

  it('never calls the approximate point of the ICC a checked fact', () => {
    const card = show({ type: 'place', id: 'icc' });
    expect(within(card).queryByText('Belegte Tatsache')).toBeNull();
    expect(within(card).getByText('Lage ungefähr')).toBeInTheDocument();
  });

  it('names the party whose claim it is', () => {
    const card = show({ type: 'event', id: 'bakhmut' });
    expect(within(card).getByText('Behauptung: Russland')).toBeInTheDocument();
  });

  it('shows a checked quote and a media report on the same day as two statements', () => {
    const card = show({ type: 'event', id: 'post-summit-shift' });
    expect(within(card).getByText('Belegte Tatsache')).toBeInTheDocument();
    const report = card.querySelector('.fact__report')!;
    expect(within(report as HTMLElement).getByText('Medienbericht')).toBeInTheDocument();
    expect(report).toHaveTextContent('Medien berichten, Putin habe verlangt');
    expect(card.querySelector('.fact__text')).not.toHaveTextContent('Medien berichten');
  });

  it('gives the author’s name only to the author’s words: actor and glossary texts are the newsroom’s', () => {
    for (const actor of ['usa', 'ukraine', 'nato', 'trump', 'putin', 'selenskyj']) {
      const card = show({ type: 'actor', id: actor });
      expect(within(card).getByText('Erläuterung der Redaktion'), actor).toBeInTheDocument();
      card.parentElement!.remove();
    }
    for (const term of ['waffenruhe', 'sicherheitsgarantien', 'neutralitaet', 'feel-out-meeting']) {
      const card = show({ type: 'term', id: term });
      expect(within(card).queryByText('Aussage des Artikels'), term).toBeNull();
      expect(within(card).queryByText('Beleg: der Artikel selbst.'), term).toBeNull();
      expect(within(card).getByText('Erläuterung der Redaktion'), term).toBeInTheDocument();
      card.parentElement!.remove();
    }
  });

  it('places the inauguration in Washington, not at the White House it was not held in', () => {
    const card = show({ type: 'event', id: 'trump-inauguration' });
    expect(card).toHaveTextContent('Rotunde des Kapitols');
    expect(content.placeById.get('washington-dc')!.name).toBe('Washington, D.C.');
    expect(screen.queryByText(/Weißes Haus\)/)).toBeNull();
  });
});
