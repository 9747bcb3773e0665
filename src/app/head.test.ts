import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../content';
import { site } from '../content/detail-data';
import { headTags, parseSiteUrl, withHeadTags } from './head';
import { notFoundRoute, pageRoutes } from './site';

const image = { file: 'social-preview.png', width: 1200, height: 630 };
const story = pageRoutes.find((r) => r.kind === 'story')!;
const map = pageRoutes.find((r) => r.kind === 'map')!;
const described = {
  story: site.descriptions.story,
  map: site.descriptions.karte,
  timeline: site.descriptions.chronik,
  actors: site.descriptions.akteure,
  glossary: site.descriptions.glossary,
  sources: site.descriptions.sources,
  notFound: site.descriptions.story,
};
/** A page's expected description: an embedded view's is its page's. */
const descriptionOf = (route: (typeof pageRoutes)[number]) =>
  route.kind === 'embed'
    ? { karte: described.map, chronik: described.timeline, akteure: described.actors }[route.view!]
    : described[route.kind];

/** The content of the meta tag with this name or property, unescaped. */
function metaOf(html: string, name: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)">`).exec(html);
  return match?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('the head tags of a page', () => {
  it('give every page its own title, description and social preview', () => {
    for (const route of pageRoutes) {
      const html = headTags(route, { base: '/', image });
      expect(html).toContain(`<title>${route.title}</title>`);
      expect(metaOf(html, 'description'), route.path).toBe(descriptionOf(route));
      expect(metaOf(html, 'og:title')).toBe(route.title);
      expect(metaOf(html, 'og:description')).toBe(descriptionOf(route));
      expect(metaOf(html, 'og:locale')).toBe('de_DE');
      expect(metaOf(html, 'og:image')).toBe('/social-preview.png');
      expect(metaOf(html, 'og:image:width')).toBe('1200');
      expect(metaOf(html, 'og:image:height')).toBe('630');
      expect(metaOf(html, 'og:image:alt')).toBe(site.imageAlt);
      expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaOf(html, 'twitter:image')).toBe('/social-preview.png');
    }
    const pages = pageRoutes.filter((r) => r.kind !== 'embed');
    expect(new Set(pages.map(descriptionOf)).size).toBe(pages.length);
  });

  it('mark the story as the article, with its author, Stand, and no invented date of writing', () => {
    const html = headTags(story, { base: '/', image });
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'article:author')).toBe(content.author);
    expect(metaOf(html, 'article:published_time')).toBeUndefined();
    expect(metaOf(html, 'article:modified_time')).toBe(content.stand);
    const other = headTags(map, { base: '/', image });
    expect(metaOf(other, 'og:type')).toBe('website');
    expect(metaOf(other, 'article:author')).toBeUndefined();
  });

  it('use absolute addresses and a canonical link only when the site address is known', () => {
    const relative = headTags(map, { base: '/alaska/', image });
    expect(relative).not.toContain('rel="canonical"');
    expect(metaOf(relative, 'og:url')).toBeUndefined();
    expect(metaOf(relative, 'og:image')).toBe('/alaska/social-preview.png');

    const siteUrl = parseSiteUrl('https://example.org/alaska', '/alaska/')!;
    const absolute = headTags(map, { base: '/alaska/', siteUrl, image });
    expect(absolute).toContain('<link rel="canonical" href="https://example.org/alaska/karte">');
    expect(metaOf(absolute, 'og:url')).toBe('https://example.org/alaska/karte');
    expect(metaOf(absolute, 'og:image')).toBe('https://example.org/alaska/social-preview.png');
    expect(metaOf(headTags(story, { base: '/alaska/', siteUrl, image }), 'og:url')).toBe(
      'https://example.org/alaska/',
    );
  });

  it('keep the page for unknown addresses out of search results, without a canonical link', () => {
    const siteUrl = parseSiteUrl('https://example.org/', '/');
    const html = headTags(notFoundRoute, { base: '/', ...(siteUrl ? { siteUrl } : {}), image });
    expect(metaOf(html, 'robots')).toBe('noindex');
    expect(html).not.toContain('rel="canonical"');
  });

  it('escape what they quote', () => {
    const html = headTags({ ...map, title: 'A "B" & <C>' }, { base: '/', image });
    expect(html).toContain('<title>A &quot;B&quot; &amp; &lt;C&gt;</title>');
  });
});

describe('SITE_URL', () => {
  it('must be an http(s) address whose path is the base path', () => {
    expect(parseSiteUrl(undefined, '/')).toBeUndefined();
    expect(parseSiteUrl('https://example.org', '/')).toBe('https://example.org/');
    expect(() => parseSiteUrl('example.org', '/')).toThrow(/not an address/);
    expect(() => parseSiteUrl('ftp://example.org/', '/')).toThrow(/https/);
    expect(() => parseSiteUrl('https://example.org/', '/alaska/')).toThrow(/base path/);
  });
});

describe('the built template', () => {
  it('gets the head tags in place of its title and description', () => {
    const template = readFileSync(resolve('index.html'), 'utf8');
    const page = withHeadTags(template, headTags(map, { base: '/', image }));
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/name="description"/g)).toHaveLength(1);
    expect(page).toContain(`<title>${map.title}</title>`);
    expect(() => withHeadTags('<head></head>', '')).toThrow(/title/);
  });
});
