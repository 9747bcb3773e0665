import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { leanFields, type LeanFile } from '../../src/content/lean-fields.ts';

const QUERY = '?lean';
/** The module's id: virtual, and not ending in `.json`, so that Vite's JSON plugin leaves it alone. */
const PREFIX = '\0lean-content:';
const SUFFIX = '.js';

type ContentRecord = Record<string, unknown> & { id: string };

/** A record with its detail fields emptied: strings to "", lists to [], anything else left out. */
function leanRecord(record: ContentRecord, fields: readonly string[]): ContentRecord {
  const lean: ContentRecord = { ...record };
  for (const field of fields) {
    const value = lean[field];
    if (typeof value === 'string') lean[field] = '';
    else if (Array.isArray(value)) lean[field] = [];
    else delete lean[field];
  }
  return lean;
}

/**
 * The file as the first load carries it (see src/content/lean-fields.ts): each record of a list
 * lean, or the one object of a file that is not a list.
 */
export function leanJson(file: string): ContentRecord[] | Record<string, unknown> {
  const name = basename(file) as LeanFile;
  const fields = leanFields[name];
  if (!fields) throw new Error(`${name}: no lean form is defined (src/content/lean-fields.ts)`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) return leanRecord(data as ContentRecord, fields);
  const records = data as ContentRecord[];
  // The epilogue's events show at once, below the article: they keep their texts.
  const kept = new Set<string>();
  if (name === 'events.json') {
    const article = JSON.parse(readFileSync(join(dirname(file), 'article.json'), 'utf8')) as {
      epilogue: { events: string[] };
    };
    for (const id of article.epilogue.events) kept.add(id);
  }
  return records.map((record) => (kept.has(record.id) ? record : leanRecord(record, fields)));
}

/**
 * `import places from './data/places.json?lean'`: the content file as the story's first load
 * needs it, without the fields only a detail shows. The JSON file itself is unchanged.
 */
export function leanContent(): Plugin {
  return {
    name: 'lean-content',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(`.json${QUERY}`)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, options);
      return resolved && `${PREFIX}${resolved.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      this.addWatchFile(join(dirname(file), 'article.json'));
      return `export default ${JSON.stringify(leanJson(file))};`;
    },
  };
}
