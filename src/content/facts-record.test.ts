import { describe, expect, it } from 'vitest';
import { allContentFiles as contentFiles } from './all-files';
import timelineRecord from '@article/record/timeline.json';
import placesRecord from '@article/record/places.json';

/** The app's facts must say what the checked fact sheets say: same dates, places, points, sources. */
describe('the facts agree with the checked record', () => {
  const sourceUrl = new Map(contentFiles.sources.map((s) => [s.id, s.url]));
  const urlsOf = (ids: string[]) => ids.map((id) => sourceUrl.get(id));
  const kebab = (id: string) => id.replace(/_/g, '-');

  // An article on shared fact sheets ("record": "chosen") shows only the entries it needs.
  const chosen = contentFiles.article.record === 'chosen';

  it('every event of the record is in the app with its dates, places and sources', () => {
    const events = new Map(contentFiles.events.map((e) => [e.id, e]));
    if (!chosen) expect(events.size).toBe(timelineRecord.events.length);
    for (const record of timelineRecord.events) {
      const event = events.get(record.id);
      if (chosen && !event) continue;
      expect(event, record.id).toBeDefined();
      expect(event!.date, record.id).toBe(record.date);
      expect(event!.dateEnd, record.id).toBe(record.date_end);
      expect(event!.places, record.id).toEqual(record.places.map(kebab));
      expect(urlsOf(event!.sources), record.id).toEqual(record.sources.map((s) => s.url));
      expect(event!.extra, record.id).toBe(record.extra === true);
    }
  });

  it('every place of the record is in the app with its coordinates and sources', () => {
    const places = new Map(contentFiles.places.map((p) => [p.id, p]));
    for (const record of placesRecord.places) {
      const place = places.get(kebab(record.id));
      if (chosen && !place) continue;
      expect(place, record.id).toBeDefined();
      expect(place!.lat, record.id).toBe(record.lat);
      expect(place!.lon, record.id).toBe(record.lon_wrapped);
      expect(place!.verified, record.id).toBe(record.verified);
      expect(urlsOf(place!.sources), record.id).toEqual(record.sources.map((s) => s.url));
    }
  });

  it('no reader-facing text is left unwritten', () => {
    const texts = [
      ...contentFiles.events.flatMap((e) => [e.title, e.text, e.note ?? '']),
      ...contentFiles.places.flatMap((p) => [p.name, p.summary, p.precision]),
    ];
    expect(texts.filter((t) => /\bTODO\b/.test(t))).toEqual([]);
  });
});
