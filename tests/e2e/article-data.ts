import { readFileSync } from 'node:fs';
import { articleDir, articleTextFile } from '../../scripts/article.mjs';

/** One of the tested article's data files (data/<name>.json), as stored. */
export function articleData<T>(name: string, article?: string): T {
  return JSON.parse(readFileSync(`${articleDir(article)}data/${name}.json`, 'utf8')) as T;
}

/** The tested article's text as delivered. */
export function articleText(): string {
  return readFileSync(articleTextFile(), 'utf8');
}

/** A colour of the data ("#b53d16") as the browser computes it ("rgb(181, 61, 22)"). */
export function computedRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
