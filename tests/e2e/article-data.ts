import { readFileSync } from 'node:fs';
import { articleDir, articleTextFile } from '../../scripts/article';

/** One of the tested article's data files (data/<name>.json), as stored. */
export function articleData<T>(name: string, article?: string): T {
  return JSON.parse(readFileSync(`${articleDir(article)}data/${name}.json`, 'utf8')) as T;
}

/** The tested article's text as delivered. */
export function articleText(): string {
  return readFileSync(articleTextFile(), 'utf8');
}
