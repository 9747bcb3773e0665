import type { wording as de } from '../de/wording';

/** The newsroom's wording in English, as the validator checks it (src/content/rules.ts). */
export const wording: typeof de = {
  silentCell: 'not mentioned in the article',
  reportsArticle: /\b(according to the article|the article (says|states|writes|notes))\b/i,
  quoted: /“([^”]+)”/g,
  marks: ['“', '”'],
};
