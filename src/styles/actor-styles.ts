/**
 * The stylesheet part that depends on the article's actors (actors.json: colour, tint,
 * filterable), written from the content when the site is built, so that the engine's stylesheets
 * name no actor:
 * - each coloured actor's custom properties (`--actor-<id>`, `--actor-<id>-tint`) and the classes
 *   the views colour an element with (`chip--<id>`, `tone--<id>`, `map-actor--<id>`, …);
 * - `:--chosen` in a stylesheet (after the draft's custom selectors): whatever names an actor the
 *   filter has chosen (`.story[data-filter~='<id>'] [data-actors~='<id>']`, for every actor the
 *   reader can filter by). The filter stays the stylesheet's alone: a toggle changes one attribute.
 * Pure: Vite's plugin (scripts/vite/actor-styles.ts), the print pictures and the tests use it.
 */

export interface ActorColours {
  id: string;
  filterable: boolean;
  memberOf?: string | undefined;
  colour?: string | undefined;
  tint?: string | undefined;
}

/** Custom properties and colour classes for every actor with a colour of its own. */
export function actorStylesheet(actors: readonly ActorColours[]): string {
  const coloured = actors.filter((a) => !a.memberOf && a.colour && a.tint);
  const root = coloured
    .map(({ id, colour, tint }) => `--actor-${id}:${colour};--actor-${id}-tint:${tint};`)
    .join('');
  const rules = coloured.map(({ id }) => {
    const colour = `var(--actor-${id})`;
    const tint = `var(--actor-${id}-tint)`;
    return [
      `.chip--${id},.card--${id}{--chip-colour:${colour};--chip-tint:${tint}}`,
      `.tone--${id}{--tone:${colour};--tone-tint:${tint}}`,
      `.map-actor--${id}{--dot-1:${colour}}`,
      `.map-actor2--${id}{--dot-2:${colour}}`,
      `.timeline__fill--${id}{fill:${colour}}`,
      `.timeline__stroke--${id}{stroke:${colour}}`,
    ].join('');
  });
  // A mention of several chosen actors takes the colour of the first in the filter's order: the
  // rules run backwards, so the first one wins.
  const mentions = filterable(actors)
    .filter((id) => coloured.some((a) => a.id === id))
    .reverse()
    .map(
      (id) =>
        `.story[data-filter~='${id}'] .anno[data-actors~='${id}']{--anno-tint:var(--actor-${id}-tint);--anno-colour:var(--actor-${id})}`,
    );
  return `:root{${root}}${rules.join('')}${mentions.join('')}`;
}

function filterable(actors: readonly ActorColours[]): string[] {
  return actors.filter((a) => a.filterable).map((a) => a.id);
}

/** The selector `:--chosen` stands for. */
export function chosenSelector(actors: readonly ActorColours[]): string {
  const each = filterable(actors).map(
    (id) => `.story[data-filter~='${id}'] [data-actors~='${id}']`,
  );
  // No actor to filter by: nothing is ever chosen.
  return each.length ? `:is(${each.join(',')})` : ':not(*)';
}

/** A stylesheet with `:--chosen` written out for these actors. */
export function expandChosen(css: string, actors: readonly ActorColours[]): string {
  return css.includes(':--chosen') ? css.replaceAll(':--chosen', chosenSelector(actors)) : css;
}
