/**
 * The text of the pages beside the story that the story's first load does not need: it travels
 * with those pages (the glossary, the sources page, the page for unknown addresses).
 */
import type { pagesText as de } from '../de/pages';
import type { LocaleText } from '../types';

export const pagesText: LocaleText<typeof de> = {
  written: 'Article as of',
  glossary: { intro: 'Every term explained in the article, with its sources.' },
  embed: {
    more: (site: string) => `${site}: the whole explainer`,
    failed: 'This graphic could not be shown.',
  },
  notFound: {
    text: 'There is nothing at this address. The article may help:',
    back: 'Go to the article',
  },
};
