/**
 * What link previews read about the edition itself: its language. Used only at build time (the
 * prerender writes it into the head of each page's HTML). The pages' descriptions and the preview
 * image's text are the article's (its site.json).
 */
import type { pageMeta as de } from '../de/meta';
import type { LocaleText } from '../types';

export const pageMeta: LocaleText<typeof de> = {
  /** Open Graph's locale of the English (British) edition. */
  locale: 'en_GB',
};
