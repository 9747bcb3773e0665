import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { filterActorsOf } from '../../lib/actor-match';
import { actorsOfParagraph } from './annotated-paragraph';

/** The text of a paragraph outside its annotations: where a plain mention could hide. */
const plainText = (segments: readonly { text: string; annotation?: unknown }[]) =>
  segments
    .filter((s) => !s.annotation)
    .map((s) => s.text)
    .join(' ');

describe('the actor filter', () => {
  it('counts a paragraph for every actor it names, even where the name is not annotated', () => {
    // A paragraph dimmed under "Ukraine" while it speaks of a "Bruch mit der Ukraine" would
    // mislead: a name written out in the text (or the start of a compound, as in
    // "Ukrainekrieg") makes the paragraph the actor's.
    const missing: string[] = [];
    for (const section of content.sections) {
      for (const paragraph of section.paragraphs) {
        const text = plainText(paragraph.segments);
        const concerns = new Set(actorsOfParagraph(paragraph));
        for (const actor of content.actors) {
          const named = new RegExp(`(^|[^\\p{L}])${actor.name}`, 'u').test(text);
          const [filterActor] = filterActorsOf(content, [actor.id]);
          if (named && filterActor && !concerns.has(filterActor)) {
            missing.push(`${paragraph.id}: names ${actor.name}, not counted for ${filterActor}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
