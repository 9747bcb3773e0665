import { content } from '../../content';
import { splitForeign } from '../../content/foreign-phrases';

/**
 * A newsroom text with its words in another language (site.json's `foreignPhrases`, e.g. the
 * quote „Next time in Moscow“) marked with that language, so that a screen reader reads them in
 * it. The words are not changed. Not for the article's own text, which is shown as delivered.
 */
export function ForeignWords({ text }: { text: string }) {
  const parts = splitForeign(text, content.foreignPhrases);
  if (parts.length === 1 && !parts[0]!.lang) return text;
  return parts.map((part, i) =>
    part.lang ? (
      <span key={i} lang={part.lang}>
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
