/** The resolve hook registered by scripts/article-hooks.mjs. */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../src/articles/', import.meta.url);

function articleFolder() {
  const fallback = JSON.parse(readFileSync(new URL('articles.json', root), 'utf8')).default;
  const id = process.env.ARTICLE || fallback;
  const folder = new URL(`${id}/`, root);
  if (!existsSync(new URL('data/article.json', folder))) {
    throw new Error(`ARTICLE=${id}: no such article in src/articles/`);
  }
  return folder;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@locale/')) {
    const { language } = JSON.parse(
      readFileSync(new URL('data/article.json', articleFolder()), 'utf8'),
    );
    const file = new URL(
      `../src/locales/${language}/${specifier.slice('@locale/'.length)}.ts`,
      import.meta.url,
    );
    return nextResolve(pathToFileURL(file.pathname).href, context);
  }
  if (!specifier.startsWith('@article/')) return nextResolve(specifier, context);
  const folder = articleFolder();
  const rest = specifier.slice('@article/'.length);
  const url =
    rest === 'text'
      ? new URL(JSON.parse(readFileSync(new URL('data/article.json', folder), 'utf8')).text, folder)
      : new URL(rest, folder);
  return nextResolve(pathToFileURL(url.pathname).href, context);
}
