/**
 * What link previews read about the edition itself: its language. Used only at build time (the
 * prerender writes it into the head of each page's HTML). The pages' descriptions and the preview
 * image's text are the article's (its site.json).
 */
export const pageMeta = {
  /** Open Graph's locale of the German edition. */
  locale: 'de_DE',
} as const;
