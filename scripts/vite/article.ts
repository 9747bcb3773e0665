import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { articleDir, articleLanguage, articleTextFile, hasDataFile } from '../article.ts';

/**
 * `@article/…` imports read the chosen article's folder (scripts/article.ts): `@article/data/…`
 * its data, `@article/record/…` its fact sheets, `@article/text` the article as delivered; and
 * `@locale/…` the interface text in the article's language (src/locales/<language>/).
 */
export function articleModules(): Plugin {
  return {
    name: 'article-modules',
    enforce: 'pre',
    // An optional file the article does not have (summit.json: only an article with a map needs
    // one) is a module whose value is null.
    // (Vite's alias has already turned `@article/` into the folder's path.)
    resolveId(source) {
      if (!source.startsWith(articleDir())) return null;
      const optional = /data\/(summit)\.json$/.exec(source.slice(articleDir().length));
      return optional && !hasDataFile(optional[1]!) ? `\0article-none:${optional[1]}` : null;
    },
    load: (id) => (id.startsWith('\0article-none:') ? 'export default null;' : null),
    // The page's language, title and description are the article's.
    transformIndexHtml(html) {
      const site = JSON.parse(readFileSync(`${articleDir()}data/site.json`, 'utf8')) as {
        title: string;
        tagline: string;
        descriptions: { story: string };
      };
      const attribute = (text: string) =>
        text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return html
        .replace('%article-lang%', articleLanguage())
        .replace('%article-title%', attribute(`${site.title} – ${site.tagline}`))
        .replace('%article-description%', attribute(site.descriptions.story));
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
