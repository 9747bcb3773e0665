import { lang } from '@locale/lang';

const format = new Intl.DateTimeFormat(lang.tag, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Intl sets a range's dash between thin spaces; the pages use plain ones throughout.
const plain = (text: string) => text.replace(/\u2009/g, ' ');

/** "2022-02-24" → "24. Februar 2022" ("24 February 2022"), in the edition's language. */
export function formatDate(iso: string): string {
  return plain(format.format(day(iso)));
}

/** A date or a range, shortened where month or year repeat: "4.–11. Februar 1945". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  return plain(format.formatRange(day(start), day(end)));
}

/** Compares two texts as the edition's language sorts them (a glossary, an index). */
export const compareText = new Intl.Collator(lang.tag).compare;
