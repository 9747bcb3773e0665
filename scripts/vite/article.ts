import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { articleDir, articleLanguage, articleTextFile } from '../article.mjs';
import { escapeXml } from '../../src/lib/escape-xml.ts';

/** Files an article may lack, and the module that stands in for each. */
const OPTIONAL: Record<string, string> = {
  'data/summit.json': 'export default null;',
  'data/map.json': 'export default null;',
  'geo/regions.topo.json': 'export default null;',
  'record/icc-states-parties.json':
    'export const parties = []; export const small_parties_ne50m = []; export const sources = []; export default null;',
};

/**
 * `@article/…` imports read the chosen article's folder (scripts/article.mjs): `@article/data/…`
 * its data, `@article/record/…` its fact sheets, `@article/text` the article as delivered; and
 * `@locale/…` the interface text in the article's language (src/locales/<language>/).
 */
export function articleModules(): Plugin {
  return {
    name: 'article-modules',
    enforce: 'pre',
    // An optional file the article does not have is a module whose value is null: summit.json and
    // map.json (only an article with a map needs them), the regions of a claims layer, and the Rome Statute's list of states parties (the
    // map's layer and its print caption read it; its lists are then empty).
    // (Vite's alias has already turned `@article/` into the folder's path.)
    resolveId(source) {
      if (!source.startsWith(articleDir())) return null;
      const file = source.slice(articleDir().length);
      if (!(file in OPTIONAL) || existsSync(source)) return null;
      // Not ending in `.json`, so that Vite's JSON plugin leaves it alone.
      return `\0article-none:${file}.js`;
    },
    load: (id) =>
      id.startsWith('\0article-none:')
        ? OPTIONAL[id.slice('\0article-none:'.length, -'.js'.length)]!
        : null,
    // The page's language, title and description are the article's.
    transformIndexHtml(html) {
      const site = JSON.parse(readFileSync(`${articleDir()}data/site.json`, 'utf8')) as {
        title: string;
        tagline: string;
        descriptions: { story: string };
      };
      return html
        .replace('%article-lang%', articleLanguage())
        .replace('%article-title%', escapeXml(`${site.title} – ${site.tagline}`))
        .replace('%article-description%', escapeXml(site.descriptions.story));
    },
    config: () => ({
      resolve: {
        alias: [
          { find: /^@article\/text(?=\?|$)/, replacement: articleTextFile() },
          { find: /^@article\//, replacement: articleDir() },
          {
            find: /^@locale\//,
            replacement: fileURLToPath(
              new URL(`../../src/locales/${articleLanguage()}/`, import.meta.url),
            ),
          },
        ],
      },
    }),
  };
}
