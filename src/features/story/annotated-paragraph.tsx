import { memo } from 'react';
import type { Paragraph } from '../../content';
import { content } from '../../content';
import { FactTrigger } from '../facts/popover';
import { actorsOfTarget, emphasisFor } from '../filter/actor-match';

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

/** A paragraph of the article, word for word, with its annotations as buttons. */
export const AnnotatedParagraph = memo(function AnnotatedParagraph({
  paragraph,
  selected,
}: {
  paragraph: Paragraph;
  selected: readonly string[];
}) {
  const emphasis = emphasisFor(selected, actorsOfParagraph(paragraph));
  return (
    <p
      id={paragraph.id}
      className="story__paragraph"
      data-emphasis={emphasis}
      data-step={paragraph.step ? paragraph.id : undefined}
    >
      {paragraph.segments.map((segment) => {
        const annotation = segment.annotation;
        if (!annotation) return segment.text;
        const actors = actorsOfTarget(content, annotation.target);
        return (
          <FactTrigger
            key={annotation.id}
            id={annotationDomId(annotation.id)}
            popoverKey={`text:${annotation.id}`}
            target={annotation.target}
            className={`anno anno--${annotation.target.type}`}
            data-actors={actors.join(' ')}
            data-emphasis={emphasisFor(selected, actors)}
            // Highlighted in the colour of the chosen actor it belongs to.
            data-match={selected.find((id) => actors.includes(id))}
          >
            {segment.text}
          </FactTrigger>
        );
      })}
    </p>
  );
});
