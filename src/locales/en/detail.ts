import type { detailText as de } from '../de/detail';
import type { LocaleText } from '../types';

/** The words of a fact's detail that the story's first load does not need, in English. */
export const detailText: LocaleText<typeof de> = {
  close: 'Close',
  sources: 'Sources',
  noSourcesNewsroom:
    'No source beyond the article: the explanation is the editors’ own, and the passages in the article are listed above.',
  /** After a source whose page could not be read when the facts were checked. */
  unread: 'could not be read when checked; not counted as evidence',
  /** A correction note beside the author's words, which stay as written. */
  correction: 'Correction',
  sourcesEntry: 'Entry in the list of sources',
  inArticle: 'In the article',
  paragraph: (section: string, n: number) => `${section}, paragraph ${n}`,
  events: 'Events',
  actors: 'Involved',
};
