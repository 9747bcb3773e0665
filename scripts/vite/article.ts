import type { Plugin } from 'vite';
import { articleDir, articleTextFile } from '../article.ts';

/**
 * `@article/…` imports read the chosen article's folder (scripts/article.ts): `@article/data/…`
 * its data, `@article/record/…` its fact sheets, `@article/text` the article as delivered.
 */
export function articleModules(): Plugin {
  return {
    name: 'article-modules',
    config: () => ({
      resolve: {
        alias: [
          { find: /^@article\/text(?=\?|$)/, replacement: articleTextFile() },
          { find: /^@article\//, replacement: articleDir() },
        ],
      },
    }),
  };
}
