import { Fragment, memo } from 'react';
import type { Annotation, Paragraph } from '../../content';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { FactTrigger } from '../../components/facts/popover';
import { actorsOfTarget } from '../../lib/actor-match';

export const annotationDomId = (id: string) => `anm-${id}`;

/** Which filterable actors a paragraph mentions (through its annotations). */
export function actorsOfParagraph(paragraph: Paragraph): string[] {
  return [
    ...new Set(
      paragraph.segments.flatMap((s) =>
        s.annotation ? actorsOfTarget(content, s.annotation.target) : [],
      ),
    ),
  ];
}

/** `data-actors` for an element of these actors: a space-separated list, or none at all. */
export const actorsAttribute = (actors: readonly string[]) =>
  actors.length > 0 ? actors.join(' ') : undefined;

/** Words of the text that open different facts in different places ("Moskau": the city, the state). */
let sharedWords: Set<string> | undefined;
function wordsOfSeveralFacts(): Set<string> {
  if (!sharedWords) {
    const targets = new Map<string, Set<string>>();
    for (const a of content.annotations) {
      const words = a.quote.toLowerCase();
      targets.set(words, (targets.get(words) ?? new Set()).add(`${a.target.type}:${a.target.id}`));
    }
    sharedWords = new Set([...targets].filter(([, set]) => set.size > 1).map(([words]) => words));
  }
  return sharedWords;
}

/**
 * The name a screen reader gives a mention, where its words alone would mislead: a fact check
 * says so (sighted readers see its mark), and words that open different facts in different
 * places say which kind each opens. A label, not hidden text: the article's text, copied or
 * read aloud as text, stays the author's.
 */
export function annotationLabel(annotation: Annotation, words: string): string | undefined {
  const kind = annotation.target.type;
  if (kind === 'note' || wordsOfSeveralFacts().has(annotation.quote.toLowerCase())) {
    return `${words} (${ui.annotationKind[kind]})`;
  }
  return undefined;
}

function Segments({ segments }: { segments: Paragraph['segments'] }) {
  return segments.map((segment, i) => {
    const annotation = segment.annotation;
    if (!annotation) return <Fragment key={i}>{segment.text}</Fragment>;
    return (
      <FactTrigger
        key={annotation.id}
        id={annotationDomId(annotation.id)}
        popoverKey={`text:${annotation.id}`}
        target={annotation.target}
        className={`anno anno--${annotation.target.type}`}
        aria-label={annotationLabel(annotation, segment.text)}
        data-actors={actorsAttribute(actorsOfTarget(content, annotation.target))}
      >
        {segment.text}
      </FactTrigger>
    );
  });
}

/**
 * A paragraph of the article, word for word, with its annotations as buttons. It does not depend
 * on the actor filter: the paragraph and every mention name their actors (`data-actors`), and the
 * story's root names the chosen ones (`data-filter`); the stylesheet highlights and dims from that.
 * So a filter change re-renders no paragraph.
 *
 * Each step of the story is marked for the reading position (`data-step`): the paragraph itself
 * for its first step, an inline span from the sentence where a further step begins. The span
 * adds no box of its own, so the text lays out as it would without it.
 */
export const AnnotatedParagraph = memo(function AnnotatedParagraph({
  paragraph,
}: {
  paragraph: Paragraph;
}) {
  const [first, ...more] = paragraph.parts;
  return (
    <p
      id={paragraph.id}
      className="story__paragraph"
      data-actors={actorsAttribute(actorsOfParagraph(paragraph))}
      data-step={first?.step}
    >
      <Segments segments={first ? first.segments : paragraph.segments} />
      {more.map((part) => (
        <span key={part.step} id={part.step} className="story__step" data-step={part.step}>
          <Segments segments={part.segments} />
        </span>
      ))}
    </p>
  );
});
