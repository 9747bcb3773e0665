/**
 * Reads the article file as its author delivered it. Rules (see the article record's README):
 * - a paragraph break is one blank line;
 * - a page break of the printed layout is three or more blank lines in a row: the text on both
 *   sides belongs to one paragraph and is joined with a single space;
 * - the first block is the title, headings are blocks without closing punctuation,
 *   the byline is the block that starts with "Autor:" ("Author:" or "By" in English).
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

function isHeading(block: string): boolean {
  return !/[.!?:"“”»«…]$/.test(block) && !block.includes('\n') && block.length < 160;
}

export function parseArticle(raw: string): ParsedArticle {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const blocks = text
    .replace(PAGE_BREAK, ' ')
    .split(/\n[ \t]*\n/)
    .map(normaliseWhitespace)
    .filter(Boolean);

  const [title, ...rest] = blocks;
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
