/**
 * Which article a build, a script or a test run works on. Each article is a folder of its own,
 * src/articles/<id>/ (data/, record/); `ARTICLE=<id>` picks one, src/articles/articles.json names
 * the default. Engine code never names an article: it reads the chosen one through these paths
 * (and, in the app, through the `@article/…` imports that scripts/vite/article.ts resolves).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds one folder per article. */
export const articlesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'articles');

/** Every article in the repository: the folders with a data/article.json. */
export function articleIds(): string[] {
  return readdirSync(articlesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((id) => existsSync(join(articlesRoot, id, 'data', 'article.json')))
    .sort();
}

/** The article named by ARTICLE, or the default one. */
export function currentArticle(): string {
  const { default: fallback } = JSON.parse(
    readFileSync(join(articlesRoot, 'articles.json'), 'utf8'),
  ) as { default: string };
  const id = process.env.ARTICLE || fallback;
  const known = articleIds();
  if (!known.includes(id)) {
    throw new Error(`ARTICLE=${id}: no such article (src/articles/ holds ${known.join(', ')})`);
  }
  return id;
}

/** An article's folder, with a trailing slash. */
export function articleDir(id: string = currentArticle()): string {
  return join(articlesRoot, id) + '/';
}

/** The article's text as delivered: the file its data/article.json names under "text". */
export function articleTextFile(id: string = currentArticle()): string {
  const { text } = JSON.parse(
    readFileSync(join(articleDir(id), 'data', 'article.json'), 'utf8'),
  ) as { text: string };
  return join(articleDir(id), text);
}

/** The article's language ("de", "en"): its interface text comes from src/locales/<language>/. */
export function articleLanguage(id: string = currentArticle()): string {
  const { language } = JSON.parse(
    readFileSync(join(articleDir(id), 'data', 'article.json'), 'utf8'),
  ) as { language: string };
  return language;
}

/** Whether the article has this data file (data/<name>.json): summit.json is optional. */
export function hasDataFile(name: string, id: string = currentArticle()): boolean {
  return existsSync(join(articleDir(id), 'data', `${name}.json`));
}

/** Where an article's build goes: dist/ for the default one, dist-<id>/ for the others. */
export function defaultOutDir(id: string = currentArticle()): string {
  const { default: fallback } = JSON.parse(
    readFileSync(join(articlesRoot, 'articles.json'), 'utf8'),
  ) as { default: string };
  return id === fallback ? 'dist' : `dist-${id}`;
}
