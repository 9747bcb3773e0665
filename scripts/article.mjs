/**
 * Which article a build, a script or a test run works on. Each article is a folder of its own,
 * src/articles/<id>/ (data/, record/); `ARTICLE=<id>` picks one, src/articles/articles.json names
 * the default. Engine code never names an article: it reads the chosen one through these paths
 * (and, in the app, through the `@article/…` imports that scripts/vite/article.ts resolves).
 *
 * Plain JavaScript, typed in JSDoc: the resolve hook for `@article/…` (article-resolve.mjs) uses
 * it too, and Node loads that hook without tsx in the workers a build starts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds one folder per article. */
export const articlesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'articles');

/**
 * A JSON file, as the type the caller names.
 * @template T
 * @param {string} file
 * @returns {T}
 */
function readJson(file) {
  /** @type {unknown} */
  const value = JSON.parse(readFileSync(file, 'utf8'));
  return /** @type {T} */ (value);
}

/**
 * The default article: src/articles/articles.json's "default".
 * @returns {string}
 */
function defaultArticle() {
  /** @type {{ default: string }} */
  const articles = readJson(join(articlesRoot, 'articles.json'));
  return articles.default;
}

/**
 * Every article in the repository: the folders with a data/article.json.
 * @returns {string[]}
 */
export function articleIds() {
  return readdirSync(articlesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((id) => existsSync(join(articlesRoot, id, 'data', 'article.json')))
    .sort();
}

/**
 * The article named by ARTICLE, or the default one.
 * @returns {string}
 */
export function currentArticle() {
  const id = process.env.ARTICLE || defaultArticle();
  const known = articleIds();
  if (!known.includes(id)) {
    throw new Error(`ARTICLE=${id}: no such article (src/articles/ holds ${known.join(', ')})`);
  }
  return id;
}

/**
 * An article's folder, with a trailing slash.
 * @param {string} [id]
 * @returns {string}
 */
export function articleDir(id = currentArticle()) {
  return join(articlesRoot, id) + '/';
}

/**
 * The fields of an article's data/article.json that say how to read it.
 * @param {string} id
 * @returns {{ text: string, language: string }}
 */
function articleJson(id) {
  /** @type {{ text: string, language: string }} */
  const article = readJson(join(articleDir(id), 'data', 'article.json'));
  return article;
}

/**
 * The article's text as delivered: the file its data/article.json names under "text".
 * @param {string} [id]
 * @returns {string}
 */
export function articleTextFile(id = currentArticle()) {
  return join(articleDir(id), articleJson(id).text);
}

/**
 * The article's language ("de", "en"): its interface text comes from src/locales/<language>/.
 * @param {string} [id]
 * @returns {string}
 */
export function articleLanguage(id = currentArticle()) {
  return articleJson(id).language;
}

/**
 * Whether the article has this data file (data/<name>.json): summit.json is optional.
 * @param {string} name
 * @param {string} [id]
 * @returns {boolean}
 */
export function hasDataFile(name, id = currentArticle()) {
  return existsSync(join(articleDir(id), 'data', `${name}.json`));
}

/**
 * Where an article's build goes: dist/ for the default one, dist-<id>/ for the others.
 * @param {string} [id]
 * @returns {string}
 */
export function defaultOutDir(id = currentArticle()) {
  return id === defaultArticle() ? 'dist' : `dist-${id}`;
}
