/**
 * The printed sources list: every source of a fact the story shows (in the text's annotations, in
 * the pictures, in the epilogue), numbered in the order the printed pages first cite it, so the
 * captions can name their sources by number.
 */
import type { Content } from '../../src/content';
import type { Source } from '../../src/content/schema';

/** A fact the printed story shows: an annotation's target, or a relation of the diagram. */
export interface Fact {
  type: 'actor' | 'place' | 'event' | 'term' | 'note' | 'relation';
  id: string;
}

/** The source ids of a fact (empty for a fact from the article alone). */
export function sourcesOf(content: Content, fact: Fact): string[] {
  const lookup = {
    actor: content.actorById,
    place: content.placeById,
    event: content.eventById,
    term: content.termById,
    note: content.noteById,
    relation: content.relationById,
  }[fact.type];
  const item = lookup.get(fact.id);
  if (!item) throw new Error(`the printed story names an unknown ${fact.type} "${fact.id}"`);
  // A place's card and an event's media report carry sources of their own.
  const more =
    fact.type === 'place'
      ? (content.placeById.get(fact.id)?.summarySources ?? [])
      : fact.type === 'event'
        ? (content.eventById.get(fact.id)?.report?.sources ?? [])
        : [];
  return [...new Set([...item.sources, ...more])];
}

/** The facts the text of a section shows: its annotations' targets, in reading order. */
export function textFacts(content: Content, sectionId: string): Fact[] {
  const section = content.sections.find((s) => s.id === sectionId);
  return (section?.paragraphs ?? []).flatMap((p) =>
    p.segments.flatMap((s) => (s.annotation ? [s.annotation.target] : [])),
  );
}

export class Citations {
  private readonly numbers = new Map<string, number>();

  constructor(private readonly content: Content) {}

  /** Numbers the facts' sources not numbered yet; returns their numbers, ascending. */
  cite(facts: readonly Fact[], extra: readonly string[] = []): number[] {
    const ids = [...facts.flatMap((f) => sourcesOf(this.content, f)), ...extra];
    for (const id of ids) {
      if (!this.content.sourceById.has(id)) throw new Error(`unknown source "${id}"`);
      if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    }
    return [...new Set(ids.map((id) => this.numbers.get(id)!))].sort((a, b) => a - b);
  }

  /** The numbered list, in the order of the numbers. */
  list(): (Source & { n: number })[] {
    return [...this.numbers].map(([id, n]) => ({ ...this.content.sourceById.get(id)!, n }));
  }
}

/** "1–3, 5, 8–9": numbers with runs shortened, as a caption names them. */
export function formatNumbers(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(
      j === i ? String(numbers[i]) : `${numbers[i]}${j === i + 1 ? ', ' : '–'}${numbers[j]}`,
    );
    i = j + 1;
  }
  return runs.join(', ');
}
