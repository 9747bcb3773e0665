import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?lean';
/** The module's id: virtual, and not ending in `.json`, so that Vite's JSON plugin leaves it alone. */
const PREFIX = '\0lean-events:';
const SUFFIX = '.js';

interface EventRecord {
  id: string;
  text: string;
  note?: string;
}

/**
 * `import events from './data/events.json?lean'`: the events as the first screen needs them. The
 * texts (and notes) of the events the story page shows at once, those of the epilogue named in
 * article.json, stay; the others are left empty and arrive with `loadEventTexts()`
 * (src/content/event-texts.ts) before anything shows them. The JSON file itself is unchanged.
 */
export function leanEvents(): Plugin {
  return {
    name: 'lean-events',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(`events.json${QUERY}`)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, options);
      return resolved && `${PREFIX}${resolved.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const articleFile = join(dirname(file), 'article.json');
      this.addWatchFile(file);
      this.addWatchFile(articleFile);
      const events = JSON.parse(readFileSync(file, 'utf8')) as EventRecord[];
      const article = JSON.parse(readFileSync(articleFile, 'utf8')) as {
        epilogue: { events: string[] };
      };
      const shown = new Set(article.epilogue.events);
      const lean = events.map(({ text, note, ...event }) =>
        shown.has(event.id)
          ? { ...event, text, ...(note ? { note } : {}) }
          : { ...event, text: '' },
      );
      return `export default ${JSON.stringify(lean)};`;
    },
  };
}
