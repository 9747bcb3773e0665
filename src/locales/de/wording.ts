/**
 * The newsroom's wording in German, as the validator checks it (src/content/rules.ts): what a
 * text that states nothing says, which words report the article, and how quoted words look.
 */
export const wording = {
  /** The words of a positions-matrix cell that states nothing. */
  silentCell: 'im Artikel nicht genannt',
  /** Words that report what the article says: a text using them must cite its paragraphs. */
  reportsArticle: /\b(laut Artikel|der Artikel|im Artikel)\b/i,
  /** Someone's words in quotation marks (the words are the first group). */
  quoted: /„([^“]+)“/g,
  /** The marks around quoted words, for messages. */
  marks: ['„', '“'],
};
