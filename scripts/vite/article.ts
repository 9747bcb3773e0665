import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { articleDir, articleLanguage, articleTextFile } from '../article.ts';

/**
 * `@article/…` imports read the chosen article's folder (scripts/article.ts): `@article/data/…`
 * its data, `@article/record/…` its fact sheets, `@article/text` the article as delivered; and
 * `@locale/…` the interface text in the article's language (src/locales/<language>/).
 */
export function articleModules(): Plugin {
  return {
    name: 'article-modules',
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
