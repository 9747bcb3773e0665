import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leanEvents } from '../../scripts/vite/lean-events';
import fullEvents from './data/events.json';
import article from './data/article.json';
import { content } from './index';
import { loadEventTexts } from './event-texts';

type EventRecord = { id: string; text: string; note?: string };

describe('the events’ texts', () => {
  it('travel in the first load only for the epilogue', () => {
    // What the build makes of `events.json?lean` (src/content/index.ts imports it so).
    const load = leanEvents().load as (this: unknown, id: string) => string;
    const file = join(process.cwd(), 'src/content/data/events.json');
    const module = load.call({ addWatchFile() {} }, `\0lean-events:${file}.js`);
    const lean = JSON.parse(
      module.replace(/^export default /, '').replace(/;$/, ''),
    ) as EventRecord[];
    const epilogue = new Set(article.epilogue.events);
    expect(lean).toHaveLength(fullEvents.length);
    for (const [i, event] of lean.entries()) {
      const full = fullEvents[i] as EventRecord;
      expect(event.id).toBe(full.id);
      if (epilogue.has(event.id)) {
        expect(event.text).toBe(full.text);
        expect(event.note).toBe(full.note);
      } else {
        expect(event.text).toBe('');
        expect(event).not.toHaveProperty('note');
      }
    }
    // Most texts stay out: otherwise the split is not worth its complexity.
    expect(lean.filter((e) => e.text).length).toBeLessThan(lean.length / 3);
  });

  it('complete the content once loaded, every event with its own text and note', async () => {
    await loadEventTexts();
    for (const full of fullEvents as EventRecord[]) {
      const event = content.eventById.get(full.id);
      expect(event?.text).toBe(full.text);
      expect(event?.note).toBe(full.note);
    }
  });
});
