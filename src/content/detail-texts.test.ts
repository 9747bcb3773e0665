import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDir } from '../../scripts/article.mjs';
import { leanJson } from '../../scripts/vite/lean-content';
import fullEvents from '@article/data/events.json';
import fullPlaces from '@article/data/places.json';
import fullActors from '@article/data/actors.json';
import fullTerms from '@article/data/terms.json';
import fullNotes from '@article/data/notes.json';
import fullSite from '@article/data/site.json';
import article from '@article/data/article.json';
import { content } from './index';
import { loadDetailTexts } from './detail-texts';
import { leanFields, type LeanFile } from './lean-fields';

type ContentRecord = Record<string, unknown> & { id: string };

const files: [LeanFile, ContentRecord[], Map<string, unknown>][] = [
  ['events.json', fullEvents, content.eventById],
  ['places.json', fullPlaces, content.placeById],
  ['actors.json', fullActors, content.actorById],
  ['terms.json', fullTerms, content.termById],
  ['notes.json', fullNotes, content.noteById],
];

describe('the fields only a detail shows', () => {
  for (const [file, full] of files) {
    it(`stay out of the first load: ${file}`, () => {
      // What the build makes of `<file>?lean` (src/content/index.ts imports them so).
      const lean = leanJson(join(articleDir(), 'data', file)) as ContentRecord[];
      const kept = new Set(file === 'events.json' ? article.epilogue.events : []);
      expect(lean.map((r) => r.id)).toEqual(full.map((r) => r.id));
      for (const [i, record] of lean.entries()) {
        const whole = full[i]!;
        for (const [key, value] of Object.entries(whole)) {
          const isDetail = (leanFields[file] as readonly string[]).includes(key);
          if (!isDetail || kept.has(record.id)) expect(record[key], key).toEqual(value);
          else if (typeof value === 'string') expect(record[key]).toBe('');
          else if (Array.isArray(value)) expect(record[key]).toEqual([]);
          else expect(record).not.toHaveProperty(key);
        }
      }
      // The epilogue's events show at once: their texts travel in the first load.
      if (file === 'events.json') {
        expect(lean.filter((e) => e.text).length).toBeGreaterThan(0);
        expect(lean.filter((e) => e.text).length).toBeLessThan(lean.length / 3);
      }
    });
  }

  it('stay out of the first load: the change log of site.json, the sources page’s method and datasets, and what only the build reads', () => {
    const lean = leanJson(join(articleDir(), 'data', 'site.json'));
    const expected: Record<string, unknown> = {
      ...fullSite,
      changes: [],
      imageAlt: '',
      method: [],
      datasets: [],
    };
    delete expected.descriptions;
    delete expected.intros;
    expect(lean).toEqual(expected);
  });

  it('complete the content once loaded, every item with its own fields', async () => {
    await loadDetailTexts();
    expect(content.changes).toEqual(fullSite.changes);
    expect(content.site.intros).toEqual(fullSite.intros);
    expect(content.site.method).toEqual(fullSite.method);
    for (const [file, full, byId] of files) {
      for (const record of full) {
        const item = byId.get(record.id) as Record<string, unknown>;
        for (const field of leanFields[file])
          expect(item[field], `${record.id}.${field}`).toEqual(record[field]);
      }
    }
  });
});
