/**
 * Reads the article file as its author delivered it. Rules (see the article record's README):
 * - a paragraph break is one blank line;
 * - a page break of the printed layout is three or more blank lines in a row: the text on both
 *   sides belongs to one paragraph and is joined with a single space;
 * - the first block is the title; a heading is a block the article's data names as one (a
 *   section's heading in article.json), or, without that list, a short block without closing
 *   punctuation;
 * - the byline is the block that starts with "Autor:" ("Author:" or "By" in English).
 */
export interface ParsedSection {
  heading: string;
  paragraphs: string[];
}

export interface ParsedArticle {
  title: string;
  /** The lead is section 0: its heading is the title. */
  sections: ParsedSection[];
  author: string;
}

const PAGE_BREAK = /\n[ \t]*\n[ \t]*\n[ \t]*\n(?:[ \t]*\n)*/g;
/** The byline: "Autor: …" in a German article, "Author: …" or "By …" in an English one. */
const BYLINE = /^(?:Autor:|Author:|By\s)\s*(.+)$/;

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function looksLikeHeading(block: string): boolean {
  return !/[.!?:"“”»«…]$/.test(block) && !block.includes('\n') && block.length < 160;
}

/** The file's blocks (title, headings, paragraphs, byline), page breaks joined. */
export function articleBlocks(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(PAGE_BREAK, ' ')
    .split(/\n[ \t]*\n/)
    .map(normaliseWhitespace)
    .filter(Boolean);
}

/**
 * `headings`: the section headings the article's data names (after the title). With them a heading
 * may end in any punctuation ("Was will Putin?") and a short paragraph without a full stop stays
 * a paragraph; without them the parser guesses by punctuation.
 */
export function parseArticle(raw: string, headings?: readonly string[]): ParsedArticle {
  const named = headings && new Set(headings.map(normaliseWhitespace));
  const isHeading = (block: string) => (named ? named.has(block) : looksLikeHeading(block));
  const [title, ...rest] = articleBlocks(raw);
  if (!title) throw new Error('The article file is empty');
  const sections: ParsedSection[] = [{ heading: title, paragraphs: [] }];
  let author = '';
  for (const block of rest) {
    const byline = BYLINE.exec(block);
    if (byline) {
      author = byline[1]!;
      continue;
    }
    if (isHeading(block)) sections.push({ heading: block, paragraphs: [] });
    else sections[sections.length - 1]!.paragraphs.push(block);
  }
  return { title, sections, author };
}

/** Splits text into sentences for comparison (a full stop, ! or ? followed by a space). */
export function sentences(text: string): string[] {
  return normaliseWhitespace(text)
    .split(/(?<=[.!?])(?<!(?:^|\s)[A-ZÄÖÜ]\.)\s+(?=[A-ZÄÖÜ"„])/)
    .filter(Boolean);
}
