import { lang } from '@locale/lang';

/** The language of the site's pages: text in it needs no mark of its own. */
export const PAGE_LANG: string = lang.code;

/**
 * A source's title, marked with its language when that is not the page's (most titles are
 * English), so that a screen reader reads it in that language.
 */
export function SourceTitle({ source }: { source: { title: string; lang?: string } }) {
  if (!source.lang || source.lang === PAGE_LANG) return source.title;
  return <span lang={source.lang}>{source.title}</span>;
}
