/**
 * The resolve hook registered by scripts/article-hooks.mjs. Which article, its folder, language
 * and text come from scripts/article.mjs, as for every other script (plain JavaScript: a build's
 * workers load this hook without tsx).
 */
import { pathToFileURL } from 'node:url';
import { articleDir, articleLanguage, articleTextFile } from './article.mjs';

const locales = new URL('../src/locales/', import.meta.url);

/**
 * `@locale/<file>`: the article's language's interface text; `@article/text`: the article as
 * delivered; `@article/<path>`: a file of the article's folder.
 * @type {import('node:module').ResolveHook}
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@locale/')) {
    const file = new URL(`${articleLanguage()}/${specifier.slice('@locale/'.length)}.ts`, locales);
    return nextResolve(file.href, context);
  }
  if (!specifier.startsWith('@article/')) return nextResolve(specifier, context);
  const rest = specifier.slice('@article/'.length);
  const file = rest === 'text' ? articleTextFile() : articleDir() + rest;
  return nextResolve(pathToFileURL(file).href, context);
}
