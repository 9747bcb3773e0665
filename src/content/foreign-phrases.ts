/**
 * Words in another language inside the newsroom's German texts (site.json's `foreignPhrases`):
 * where they stand in a text, as whole words, exactly as written.
 */
import type { ForeignPhrase } from './schema';

export interface TextPart {
  text: string;
  /** The language of this part when it is not the page's. */
  lang?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that finds any of the phrases as whole words (not inside a longer word). */
export function phrasePattern(phrases: readonly ForeignPhrase[]): RegExp | null {
  if (phrases.length === 0) return null;
  // Longer phrases first, so that one inside another does not cut the longer one short.
  const alternatives = [...phrases]
    .sort((a, b) => b.text.length - a.text.length)
    .map((p) => escape(p.text))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A text cut into its German parts and the phrases in another language, in order. */
export function splitForeign(text: string, phrases: readonly ForeignPhrase[]): TextPart[] {
  const pattern = phrasePattern(phrases);
  if (!pattern) return [{ text }];
  const langOf = new Map(phrases.map((p) => [p.text, p.lang]));
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], lang: langOf.get(match[0]) });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
