/**
 * The actors' colours are content (actors.json); these rules keep them readable. Text in an
 * actor's colour and text on its tint reach WCAG's 4.5:1, its marks 3:1 on every background they
 * are drawn on, and any two actors stay apart for every reader: CIEDE2000 ≥ 20 with full colour
 * vision and ≥ 10 as a reader without red, green or blue cones sees them (about 2 is the smallest
 * difference an eye notices side by side; marks and chips are small, so the bar is far above it).
 */
import type { Content } from './build';
import { colourDifference, contrast, visions } from '../lib/colour';

/** The page's own colours the actors' colours meet (src/styles/tokens.css). */
export interface Theme {
  paper: string;
  surface: string;
  ink: string;
  inkSoft: string;
  mapLand: string;
  mapSea: string;
}

export const TEXT_CONTRAST = 4.5;
export const GRAPHICS_CONTRAST = 3;
export const APART = 20;
export const APART_DEFICIENT = 10;

const round = (n: number) => Math.round(n * 10) / 10;

/** The check the validator runs, for a page of these colours. */
export function paletteProblems(theme: Theme): (content: Content) => string[] {
  return (content) => {
    const errors: string[] = [];
    const coloured: { id: string; colour: string }[] = [];
    for (const actor of content.actors) {
      const at = `actors.json: "${actor.id}"`;
      if (actor.memberOf) {
        if (actor.colour || actor.tint) {
          errors.push(
            `${at}: takes the colour of "${actor.memberOf}": leave "colour" and "tint" out`,
          );
        }
        continue;
      }
      const { colour, tint } = actor;
      if (!colour || !tint) {
        errors.push(`${at}: needs a "colour" and a "tint" (or "memberOf" to take its state's)`);
        continue;
      }
      coloured.push({ id: actor.id, colour });
      const need = (pair: [string, string], bar: number, what: string) => {
        const ratio = contrast(...pair);
        if (ratio < bar)
          errors.push(`${at}: ${what}: contrast ${round(ratio)}:1, at least ${bar}:1`);
      };
      need([colour, theme.paper], TEXT_CONTRAST, `colour ${colour} as text on the page`);
      need([colour, theme.surface], TEXT_CONTRAST, `colour ${colour} as text on a card`);
      need([colour, tint], TEXT_CONTRAST, `colour ${colour} as text on its tint ${tint}`);
      need([theme.ink, tint], TEXT_CONTRAST, `body text on its tint ${tint}`);
      need([theme.inkSoft, tint], TEXT_CONTRAST, `secondary text on its tint ${tint}`);
      need(
        [colour, theme.mapLand],
        GRAPHICS_CONTRAST,
        `colour ${colour} as a mark on the map's land`,
      );
      need(
        [colour, theme.mapSea],
        GRAPHICS_CONTRAST,
        `colour ${colour} as a mark on the map's sea`,
      );
    }
    for (const [i, a] of coloured.entries()) {
      for (const b of coloured.slice(i + 1)) {
        for (const vision of visions) {
          const bar = vision === 'normal' ? APART : APART_DEFICIENT;
          const difference = colourDifference(a.colour, b.colour, vision);
          if (difference >= bar) continue;
          const reader = vision === 'normal' ? 'any reader' : `a reader with ${vision}`;
          errors.push(
            `actors.json: "${a.id}" (${a.colour}) and "${b.id}" (${b.colour}) look alike to ${reader}: difference ${round(difference)}, at least ${bar} (CIEDE2000)`,
          );
        }
      }
    }
    return errors;
  };
}
