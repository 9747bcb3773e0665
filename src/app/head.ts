/**
 * The head of each prerendered page: title, description, canonical address, Open Graph and
 * Twitter card. Build-time only (scripts/prerender.ts, through the server entry).
 *
 * Link previews need absolute addresses: with SITE_URL set at build time (the public address of
 * the site's root, base path included, e.g. `https://example.org/alaska/`), every page gets
 * `<link rel="canonical">`, `og:url` and an absolute `og:image`. Without it, canonical and og:url
 * are left out and the image is given by its path below the base, which browsers resolve but
 * most preview crawlers do not.
 */
import { content } from '../content';
// The whole site.json: the descriptions and the image's text are left out of the app's own copy.
import site from '@article/data/site.json';
import { pageMeta } from '@locale/meta';
import { routes } from '../lib/routes';
import { escapeXml } from '../lib/escape-xml';
import type { PageRoute } from './routes';

export interface HeadOptions {
  /** The base path the site is served below ("/" or "/pfad/"). */
  base: string;
  /** The public address of the site's root, from SITE_URL; absolute addresses need it. */
  siteUrl?: string;
  /** The preview image: its file below the base, size and text alternative. */
  image: { file: string; width: number; height: number };
}

/** Reads SITE_URL: an http(s) address whose path is the base path. Throws on anything else. */
export function parseSiteUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http://`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  if (url.pathname !== base) {
    throw new Error(`SITE_URL "${value}" must end in the base path "${base}" (BASE_PATH)`);
  }
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A page's description (site.json; the page for unknown addresses takes the story's). */
function descriptionOf(route: PageRoute): string {
  const { descriptions } = site;
  const byKind = {
    story: descriptions.story,
    notFound: descriptions.story,
    embed: route.view && descriptions[route.view],
    map: descriptions.karte,
    timeline: descriptions.chronik,
    actors: descriptions.akteure,
    glossary: descriptions.glossary,
    sources: descriptions.sources,
  } satisfies Record<PageRoute['kind'], string | undefined>;
  return byKind[route.kind] ?? descriptions.story;
}

/** The head tags of one route, as HTML. */
export function headTags(route: PageRoute, options: HeadOptions): string {
  const description = descriptionOf(route);
  const isStory = route.kind === 'story';
  const isNotFound = route.kind === 'notFound';
  const absolute = (path: string) =>
    options.siteUrl ? new URL(path.replace(/^\//, ''), options.siteUrl).href : undefined;
  // An embedded view's address is the frame's; the page it stands for is its view's own page.
  const path = route.kind === 'embed' ? route.path.slice(routes.embed.length) : route.path;
  const pageUrl = isNotFound ? undefined : absolute(path);
  const imageUrl = absolute(options.image.file) ?? `${options.base}${options.image.file}`;

  const meta = (key: 'name' | 'property', name: string, value: string | undefined) =>
    value === undefined ? '' : `<meta ${key}="${name}" content="${escapeXml(value)}">`;
  return [
    `<title>${escapeXml(route.title)}</title>`,
    meta('name', 'description', description),
    isNotFound ? meta('name', 'robots', 'noindex') : '',
    pageUrl ? `<link rel="canonical" href="${escapeXml(pageUrl)}">` : '',
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', route.title),
    meta('property', 'og:description', description),
    meta('property', 'og:type', isStory ? 'article' : 'website'),
    meta('property', 'og:locale', pageMeta.locale),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(options.image.width)),
    meta('property', 'og:image:height', String(options.image.height)),
    meta('property', 'og:image:alt', site.imageAlt),
    // The story is the article: its author and when its facts were checked. The record dates the
    // writing only as "the days before the summit", so no publication time is claimed.
    ...(isStory
      ? [
          meta('property', 'article:author', content.author),
          meta('property', 'article:modified_time', content.stand),
        ]
      : []),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', route.title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', site.imageAlt),
  ]
    .filter(Boolean)
    .join('\n    ');
}

/** The template's head with its title and description replaced by the route's head tags. */
export function withHeadTags(template: string, tags: string): string {
  const title = /<title>[^<]*<\/title>/;
  const description = /\s*<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;
  if (!title.test(template) || !description.test(template)) {
    throw new Error('index.html needs a <title> and a <meta name="description">');
  }
  return template.replace(description, '').replace(title, tags);
}
