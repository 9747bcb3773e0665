import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDir, articleIds } from '../../scripts/article.mjs';

/**
 * The engine knows no article: no id of an article's data, no article's text file and no title in
 * the code, the styles and the scripts (outside the article folders and the tests). An id that
 * creeps into engine code works for one article and silently fails the next.
 */
const root = join(import.meta.dirname, '../..');
const engineFiles: string[] = [];
function collect(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'articles' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) collect(path);
    else if (/\.(ts|tsx|mjs|js|css|html)$/.test(name) && !/\.(test|spec)\./.test(name))
      engineFiles.push(path);
  }
}
collect(join(root, 'src'));
collect(join(root, 'scripts'));
engineFiles.push(join(root, 'index.html'), join(root, 'vite.config.ts'));

interface WithId {
  id?: unknown;
}
const idsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((item: WithId) => (typeof item.id === 'string' ? [item.id] : []))
    : [];

/** Every name an article gives its things, its text file and its title. */
function articleWords(id: string): string[] {
  const dir = articleDir(id);
  const data = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, 'data', `${file}.json`), 'utf8'));
    } catch {
      return undefined;
    }
  };
  interface Article {
    id: string;
    text: string;
    sections: { id: string; steps?: { id?: string }[] }[];
  }
  const article = data('article') as Article;
  const words = [
    article.id,
    article.text.split('/').pop()!,
    ...article.sections.flatMap((s) => [s.id, ...(s.steps ?? []).flatMap((st) => st.id ?? [])]),
    ...['actors', 'annotations', 'events', 'notes', 'places', 'relations', 'sources', 'terms']
      .concat('phases')
      .flatMap((file) => idsOf(data(file))),
    ...idsOf((data('positions') as { issues?: unknown } | undefined)?.issues),
    ...idsOf((data('map') as { layers?: unknown } | undefined)?.layers),
    ...Object.keys((data('diagram') as { types?: object } | undefined)?.types ?? {}),
    (data('site') as { title: string }).title,
  ];
  return [...new Set(words)];
}

/**
 * The content's field names are the engine's words: an article may call a kind of relation
 * "party" and the schema still has a field `party`, which is no literal of that article.
 */
const fieldNames = new Set(
  [
    ...readFileSync(join(root, 'src/content/schema.ts'), 'utf8').matchAll(
      /^\s+(\w+): (?:z\.|\w+Schema\b|text\b)/gm,
    ),
  ].map((m) => m[1]),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(articleIds())('engine code and the article "%s"', (id) => {
  it('names none of its ids, its text file or its title', () => {
    const words = articleWords(id).filter((word) => !fieldNames.has(word));
    expect(words.length).toBeGreaterThan(20);
    const any = words.map(escape).join('|');
    // As a string literal, a custom property, a data attribute or a class suffix.
    const literal = new RegExp(
      `(['"\`])(?:${any})\\1|--actor-(?:${any})\\b|data-actor="(?:${any})"|\\.(?:actor|tone|kind)-(?:${any})\\b`,
    );
    const found = engineFiles.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          literal.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
