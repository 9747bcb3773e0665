/**
 * The rules of the story's steps, beyond what the schema checks: every paragraph is read as a
 * step, in order; a step inside a paragraph starts at a sentence, named by its verbatim first
 * words; consecutive steps show different pictures unless the content says otherwise; every
 * callout hangs on something the picture shows, and says where its words come from.
 * Returns readable errors naming the file and the step (empty when all is well).
 */
import { sentences } from './article-text';
import type { Content, Step } from './build';
import type { VisualState } from './schema';

/**
 * What a view draws of a state: two states that agree on it give the same picture (a map ignores
 * the actors, a timeline the places).
 */
export function pictureKey(visual: VisualState): string {
  const key: Record<VisualState['view'], unknown[]> = {
    kontext: [visual.actors, visual.places, visual.events],
    karte: [visual.places, visual.map ?? null],
    chronik: [visual.events, visual.period ?? null],
    akteure: [visual.actors, visual.relations ?? null],
  };
  return JSON.stringify([visual.view, key[visual.view]]);
}

/** Which targets a view can draw a callout beside (the context card takes any, or none). */
const drawable: Record<VisualState['view'], readonly string[]> = {
  karte: ['place'],
  chronik: ['event'],
  akteure: ['actor', 'relation'],
  kontext: ['place', 'event', 'actor', 'relation'],
};

function coverage(content: Content, errors: string[]) {
  for (const section of content.sections) {
    const order = section.paragraphs.map((p) => p.id);
    let last = -1;
    let lastOffset = -1;
    for (const step of section.steps) {
      const at = order.indexOf(step.paragraph);
      if (at < last || (at === last && step.offset <= lastOffset)) {
        errors.push(`article.json: "${step.id}": steps must follow the text's order`);
      }
      if (at > last + 1) {
        errors.push(
          `article.json: "${section.id}": paragraph ${order[last + 1]} has no step of its own`,
        );
      }
      if (at !== last && step.offset !== 0) {
        errors.push(
          `article.json: "${step.id}": a paragraph's first step starts at its start (no "from")`,
        );
      }
      last = Math.max(last, at);
      lastOffset = step.offset;
    }
    if (last < order.length - 1) {
      errors.push(
        `article.json: "${section.id}": paragraph ${order[last + 1]} has no step of its own`,
      );
    }
  }
}

function anchors(content: Content, errors: string[]) {
  for (const step of content.steps) {
    if (step.from === undefined) continue;
    const text = content.paragraphById.get(step.paragraph)!.text;
    const starts = sentences(text)
      .slice(1)
      .some((sentence) => sentence.startsWith(step.from!));
    if (!starts) {
      errors.push(
        `article.json: "${step.id}": "${step.from}" is not the verbatim start of a sentence of ${step.paragraph}`,
      );
    }
  }
}

function pictures(content: Content, errors: string[]) {
  let previous: Step | undefined;
  for (const step of content.steps) {
    if (previous) {
      const same = pictureKey(previous.visual) === pictureKey(step.visual);
      if (same && !step.same) {
        errors.push(
          `article.json: "${step.id}": shows the same picture as "${previous.id}" (say "same": true if that is meant)`,
        );
      }
      if (!same && step.same) {
        errors.push(`article.json: "${step.id}": "same" is set, but the picture changes`);
      }
    } else if (step.same) {
      errors.push(`article.json: "${step.id}": the first step has no picture to keep`);
    }
    previous = step;
  }
}

/** Whether the step's picture shows the target (so a callout can hang on it). */
function inFocus(content: Content, visual: VisualState, type: string, id: string): boolean {
  switch (type) {
    case 'place':
      return visual.places.includes(id);
    case 'event':
      return visual.events.includes(id);
    case 'relation':
      return (visual.relations ?? []).includes(id);
    case 'actor': {
      const memberOf = content.actorById.get(id)?.memberOf;
      return visual.actors.includes(id) || (!!memberOf && visual.actors.includes(memberOf));
    }
    default:
      return false;
  }
}

function callouts(content: Content, errors: string[]) {
  const index: Record<string, ReadonlyMap<string, unknown>> = {
    place: content.placeById,
    event: content.eventById,
    actor: content.actorById,
    relation: content.relationById,
  };
  for (const step of content.steps) {
    const paragraph = content.paragraphById.get(step.paragraph)!;
    step.callouts.forEach((callout, i) => {
      const owner = `article.json: "${step.id}": callout ${i + 1}`;
      const { target } = callout;
      if (target) {
        if (!index[target.type]!.has(target.id)) {
          errors.push(`${owner}: unknown ${target.type} "${target.id}"`);
        } else if (!inFocus(content, step.visual, target.type, target.id)) {
          errors.push(`${owner}: ${target.type} "${target.id}" is not in the step's focus`);
        }
        if (!drawable[step.visual.view].includes(target.type)) {
          errors.push(
            `${owner}: the ${step.visual.view} view cannot draw it beside a ${target.type}`,
          );
        }
      } else if (step.visual.view !== 'kontext') {
        errors.push(`${owner}: only the context card takes a callout without a target`);
      }
      for (const source of callout.sources) {
        if (!content.sourceById.has(source)) errors.push(`${owner}: unknown source "${source}"`);
      }
      if (callout.provenance === 'redaktion' && callout.sources.length === 0) {
        errors.push(`${owner}: newsroom wording names the sources of its facts`);
      }
      if (callout.provenance === 'artikel' && !paragraph.text.includes(callout.text)) {
        errors.push(`${owner}: the article's words must stand verbatim in ${paragraph.id}`);
      }
    });
  }
}

export function stepProblems(content: Content): string[] {
  const errors: string[] = [];
  coverage(content, errors);
  anchors(content, errors);
  pictures(content, errors);
  callouts(content, errors);
  return errors;
}
