import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../content';
import { buildContent } from '../../content/build';
import { loadSources } from '../../content/sources';
import { stakeholders } from '../../content/stakeholders';
import {
  factAnchor,
  factSourcesPath,
  positionFactId,
  sourceAnchor,
  type AnnotationTarget,
} from '../../content/target';
import { fonts, software } from '@locale/quellen';
import site from '@article/data/site.json';
import { formatDate, formatDateRange } from '../../lib/dates';
import { allContentFiles } from '../../content/all-files';
import { location, renderApp } from '../../testing/render-app';
import { describeTarget } from '../../components/facts/fact-summary';
import { factGroups, statesSomething } from './fact-index';

// From the files whole: the app's content gets its detail fields only once they are loaded.
const groups = factGroups(buildContent(allContentFiles), stakeholders, formatDateRange);
const sources = allContentFiles.sources;

/** Opens the sources page at a URL and waits for its lazy chunk. */
async function openSourcesPage(url = '/quellen') {
  const rendered = renderApp(url);
  // A lazy chunk and some 2,000 elements: on a busy machine that takes seconds, not one.
  await screen.findByText('Belege nach Angaben', { selector: 'h2' }, { timeout: 15_000 });
  return rendered;
}

/** The element an id names. DOM queries, not role queries: the page holds thousands of elements. */
function entry(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element #${id}`);
  return element;
}

/** The section a heading id labels. */
const section = (headingId: string) => entry(headingId).closest('section')!;

beforeAll(async () => {
  await loadSources();
});

// The page renders some 2,000 elements: in jsdom on a busy machine a render takes seconds.
describe('the sources page', { timeout: 20_000 }, () => {
  it('names the article, its author and when it was written, the Stand and every change with its date', async () => {
    await openSourcesPage();
    const article = section('artikel');
    expect(article).toHaveTextContent(content.title);
    expect(article).toHaveTextContent(content.author);
    expect(article).toHaveTextContent(content.written);
    const stand = section('stand');
    const checked = stand.querySelector('[data-stand]');
    expect(checked).toHaveTextContent(formatDate(content.stand));
    expect(checked).toHaveAttribute('datetime', content.stand);
    const changes = stand.querySelectorAll('li');
    expect(changes).toHaveLength(content.changes.length);
    for (const change of content.changes) {
      expect(stand).toHaveTextContent(`${formatDate(change.date)}: ${change.text}`);
    }
  });

  it('lists every fact in its group with its kind and each of its sources as a safe external link', async () => {
    await openSourcesPage();
    // Problems are collected and compared once: thousands of single assertions are slow in jsdom.
    const problems: string[] = [];
    for (const group of groups) {
      if (!entry(`angaben-${group.kind}`).textContent?.includes(group.title)) {
        problems.push(`group ${group.kind} is not titled ${group.title}`);
      }
      const region = section(`angaben-${group.kind}`);
      for (const fact of group.facts) {
        const item = document.getElementById(fact.anchor);
        if (!item || !region.contains(item)) {
          problems.push(`${fact.anchor}: not in its group`);
          continue;
        }
        if (!item.querySelector('h4')?.textContent?.includes(fact.title)) {
          problems.push(`${fact.anchor}: title`);
        }
        if (!item.querySelector(`.badge--${fact.provenance}`))
          problems.push(`${fact.anchor}: kind`);
        const hrefs = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        for (const id of fact.sources) {
          const source = sources.find((s) => s.id === id)!;
          if (!hrefs.includes(source.url)) problems.push(`${fact.anchor}: source ${id}`);
        }
        if (fact.sources.length === 0 && !item.textContent?.includes('Beleg: der Artikel')) {
          problems.push(`${fact.anchor}: neither sources nor the article`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(document.querySelectorAll('.source-fact')).toHaveLength(
      groups.reduce((n, g) => n + g.facts.length, 0),
    );
  });

  it('indexes every source with the facts it supports, linked to their entries', async () => {
    await openSourcesPage();
    const problems: string[] = [];
    for (const source of sources) {
      const item = document.getElementById(sourceAnchor(source.id));
      const [link, ...rest] = [...(item?.querySelectorAll('a') ?? [])];
      if (!link || link.textContent !== source.title || link.getAttribute('href') !== source.url) {
        problems.push(`${source.id}: link`);
      }
      if (rest.length === 0) problems.push(`${source.id}: supports nothing`);
      for (const a of rest) {
        const id = a.getAttribute('href')!.slice(1);
        if (!id.startsWith('fakt-') || !document.getElementById(id)) {
          problems.push(`${source.id}: ${id} leads nowhere`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(document.querySelectorAll('.source-index__item')).toHaveLength(sources.length);
  });

  it('has an entry for every fact a detail view links to', async () => {
    await openSourcesPage();
    const targets: AnnotationTarget[] = [
      ...content.actors.map((a) => ({ type: 'actor' as const, id: a.id })),
      ...content.places.map((p) => ({ type: 'place' as const, id: p.id })),
      ...content.events.map((e) => ({ type: 'event' as const, id: e.id })),
      ...content.terms.map((t) => ({ type: 'term' as const, id: t.id })),
      ...content.notes.map((n) => ({ type: 'note' as const, id: n.id })),
    ];
    const links = [
      ...targets.map((target) => describeTarget(target)!.sourcesEntry!),
      ...stakeholders.relations.map((r) => factSourcesPath('relation', r.id)),
      ...stakeholders.positions
        .filter(statesSomething)
        .map((p) => factSourcesPath('position', positionFactId(p))),
    ];
    expect(links.length).toBeGreaterThan(100);
    const missing = links.filter(
      (to) => !to.startsWith('/quellen#') || !document.getElementById(to.split('#')[1]!),
    );
    expect(missing).toEqual([]);
  });

  it('gives the origin and licence of every dataset, says the page loads no font, and explains the method', async () => {
    await openSourcesPage();
    const materials = section('daten-und-lizenzen');
    for (const dataset of site.datasets) {
      expect(materials).toHaveTextContent(dataset.name);
      if (dataset.licence) expect(materials).toHaveTextContent(dataset.licence);
    }
    expect(materials).toHaveTextContent(fonts.text);
    for (const item of software)
      expect(materials).toHaveTextContent(`${item.name} (${item.licence})`);
    const method = section('methode');
    expect(method).toHaveTextContent('Keine Frontlinie');
    expect(method).toHaveTextContent('Grönland');
    expect(method).toHaveTextContent('als Punkte gezeigt');
    expect(method).toHaveTextContent('Behauptung einer Partei');
    // How the facts were checked: the article's own account (site.json).
    for (const text of site.method) expect(method).toHaveTextContent(text);
  });

  it('explains every kind of statement, marks pages that could not be read, and records the correction', async () => {
    await openSourcesPage();
    const kinds = section('methode').querySelectorAll('.sources-page__kinds dt');
    expect([...kinds].map((dt) => dt.querySelector('.badge')?.className)).toEqual([
      'badge badge--artikel',
      'badge badge--redaktion',
      'badge badge--fakt',
      'badge badge--behauptung',
      'badge badge--medien',
    ]);
    expect(section('methode')).toHaveTextContent('Medienbericht');
    // The two canonical lists of states parties are named, but not as what the list was checked on.
    for (const id of ['icc-asp-states-parties', 'untc-rome-statute']) {
      expect(entry(sourceAnchor(id))).toHaveTextContent('bei der Prüfung nicht lesbar');
    }
    expect(entry(sourceAnchor('icc-hungary-withdrawal'))).not.toHaveTextContent('nicht lesbar');
    // The correction of the author's words is in the change log; the article keeps them.
    expect(section('stand')).toHaveTextContent('richtig ist „ein militärisches Patt“');
  });

  it('opens every external link in a new tab without opener or referrer', async () => {
    await openSourcesPage();
    const external = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')];
    expect(external.length).toBeGreaterThan(sources.length);
    const unsafe = external
      .filter((a) => a.rel !== 'noopener noreferrer' || a.target !== '_blank')
      .map((a) => a.href);
    expect(unsafe).toEqual([]);
  });

  it('marks the entry the address names, and its links keep the actor filter', async () => {
    await openSourcesPage(`/quellen?akteur=ukraine#${factAnchor('place', 'kyiv')}`);
    const item = entry(factAnchor('place', 'kyiv'));
    expect(item).toHaveAttribute('data-current', 'true');
    expect(document.querySelectorAll('[data-current]')).toHaveLength(1);
    expect(item.querySelector('h4 a')).toHaveAttribute('href', '/karte?ort=kyiv&akteur=ukraine');
    expect(location.current).toBe(`/quellen?akteur=ukraine#${factAnchor('place', 'kyiv')}`);
  });

  it('marks every English source title with lang="en" and leaves German titles unmarked', async () => {
    await openSourcesPage();
    expect(sources.filter((s) => s.lang === 'en').length).toBeGreaterThan(90);
    for (const source of sources) {
      const link = entry(sourceAnchor(source.id)).querySelector('a')!;
      const marked = link.querySelector('[lang]');
      if (source.lang === 'en') {
        expect(marked, source.id).toHaveAttribute('lang', 'en');
        expect(marked).toHaveTextContent(source.title);
      } else {
        expect(marked, source.id).toBeNull();
      }
    }
    // The DW report is German: it reads in the page's language.
    const dw = entry(sourceAnchor('nach-der-zerstorung-des-kachowka-staudamms'));
    expect(dw.querySelector('[lang]')).toBeNull();
  });
});

describe('a fact detail', { timeout: 20_000 }, () => {
  it('links its "Quellen" line to the fact\'s entry on the sources page, keeping the filter', async () => {
    const { user } = renderApp('/?akteur=ukraine');
    await user.click(screen.getByRole('button', { name: 'Konferenz von Jalta' }));
    const dialog = await screen.findByRole('dialog', { name: /Jalta/ });
    const link = within(dialog).getByRole('link', { name: /Eintrag im Quellenverzeichnis/ });
    expect(link).toHaveAttribute('href', `/quellen?akteur=ukraine#${factAnchor('event', 'yalta')}`);
    await user.click(link);
    // A lazy chunk and some 2,000 elements: on a busy machine that takes seconds, not one.
    await screen.findByText('Belege nach Angaben', { selector: 'h2' }, { timeout: 15_000 });
    expect(location.current).toBe(`/quellen?akteur=ukraine#${factAnchor('event', 'yalta')}`);
    expect(entry(factAnchor('event', 'yalta'))).toHaveAttribute('data-current', 'true');
  });
});
