/**
 * Where the story's opening picture lies below the site's base: drawn by the build (and served by
 * the dev server) from scripts/figures/opening-figure.ts, one file per size.
 */
export const OPENING_FILES = {
  narrow: 'bilder/gipfel-schmal.svg',
  wide: 'bilder/gipfel-breit.svg',
} as const;
