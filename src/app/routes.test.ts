import { describe, expect, it } from 'vitest';
import alaskaSite from '../articles/alaska-gipfel/data/site.json';
import romeSite from '../articles/rome-statute/data/site.json';
import { routes as de } from '../locales/de/routes';
import { routes as en } from '../locales/en/routes';
import { pageRoutesFor, type SiteNames } from './routes';

// The two articles' site.json (their views checked by the validator).
const alaska = alaskaSite as SiteNames;
const rome = romeSite as SiteNames;

const embedsOf = (site: SiteNames) =>
  pageRoutesFor(site)
    .filter((route) => route.kind === 'embed')
    .map(({ path, file, view }) => ({ path, file, view }));

describe('the embed routes', () => {
  it('give each view the article has a page of its own under /einbetten/, and no other', () => {
    expect(embedsOf(alaska)).toEqual([
      { path: '/einbetten/karte', file: 'einbetten/karte.html', view: 'karte' },
      { path: '/einbetten/chronik', file: 'einbetten/chronik.html', view: 'chronik' },
      { path: '/einbetten/akteure', file: 'einbetten/akteure.html', view: 'akteure' },
    ]);
    // The Rome Statute has no map: no map to embed either.
    expect(rome.views).not.toContain('karte');
    expect(embedsOf(rome).map((r) => r.view)).toEqual(['chronik', 'akteure']);
    expect(embedsOf({ ...alaska, views: [] })).toEqual([]);
  });

  it('take their titles from the view’s page', () => {
    const all = pageRoutesFor(alaska);
    for (const embed of all.filter((r) => r.kind === 'embed')) {
      const page = all.find((r) => r.path === embed.path.slice(de.embed.length));
      expect(embed.title).toBe(page?.title);
    }
  });

  it('use the words of the edition’s language', () => {
    expect(`${de.embed}${de.map}`).toBe('/einbetten/karte');
    expect([en.map, en.timeline, en.actors].map((path) => `${en.embed}${path}`)).toEqual([
      '/embed/map',
      '/embed/timeline',
      '/embed/actors',
    ]);
  });
});
