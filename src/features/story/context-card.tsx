import { memo } from 'react';
import type { Section, Step } from '../../content';
import { content } from '../../content';
import type { AnnotationTarget } from '../../content/target';
import { ui } from '@locale/ui';
import { formatDateRange } from '../../lib/dates';
import { FactTrigger } from '../../components/facts/popover';
import { actorsOfTarget } from '../../lib/actor-match';
import { actorsAttribute, annotationDomId } from './annotated-paragraph';
import { CalloutList } from './callout-list';

/** The first annotation in the section that points at the target, to link the item to the text. */
function annotationIn(section: Section, target: AnnotationTarget) {
  for (const paragraph of section.paragraphs) {
    for (const segment of paragraph.segments) {
      const a = segment.annotation;
      if (a && a.target.type === target.type && a.target.id === target.id) return a;
    }
  }
  return undefined;
}

function InTextLink({ section, target }: { section: Section; target: AnnotationTarget }) {
  const annotation = annotationIn(section, target);
  if (!annotation) return null;
  const domId = annotationDomId(annotation.id);
  return (
    <a
      className="context__in-text"
      href={`#${domId}`}
      onClick={(event) => {
        const el = document.getElementById(domId);
        if (!el) return;
        event.preventDefault();
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
      }}
    >
      {ui.panel.inText}
      <span className="visually-hidden">: {annotation.quote}</span>
    </a>
  );
}

/**
 * The step's context from the data: what the visual says (its callouts, with their kind and
 * sources), who, where and when. On a step without a map, timeline or diagram it is the picture
 * itself, its callouts its labels; it is also the lead's print picture.
 * Like the text, it follows the actor filter through the stylesheet (each item names its actors
 * in `data-actors`), so a filter change does not re-render it.
 */
export const ContextCard = memo(function ContextCard({
  section,
  step,
}: {
  section: Section;
  step: Step;
}) {
  const visual = step.visual;
  const total = content.sections.length - 1;
  const label = section.index === 0 ? null : ui.panel.section(section.index, total);
  const item = (target: AnnotationTarget) => ({
    key: `panel:${section.id}:${target.type}:${target.id}`,
    actors: actorsAttribute(actorsOfTarget(content, target)),
  });
  return (
    <div className="context">
      {label && <p className="context__kicker">{label}</p>}
      <h2 className="context__title">{section.shortTitle}</h2>
      <CalloutList callouts={step.callouts} />
      <h3 className="context__heading">{ui.panel.actors}</h3>
      <ul className="context__actors">
        {visual.actors.map((id) => {
          const actor = content.actorById.get(id);
          if (!actor) return null;
          const target = { type: 'actor', id } as const;
          const { key, actors } = item(target);
          return (
            <li key={id} className="context__actor" data-actors={actors}>
              <FactTrigger popoverKey={key} target={target} className={`chip chip--${id}`}>
                <span className="chip__swatch" aria-hidden="true" />
                {actor.name}
              </FactTrigger>
            </li>
          );
        })}
      </ul>
      {visual.places.length > 0 && (
        <>
          <h3 className="context__heading">{ui.panel.places}</h3>
          <ul className="context__list">
            {visual.places.map((id) => {
              const place = content.placeById.get(id);
              if (!place) return null;
              const target = { type: 'place', id } as const;
              const { key, actors } = item(target);
              return (
                <li key={id} className="context__row" data-actors={actors}>
                  <span className="context__entry">
                    <FactTrigger popoverKey={key} target={target} className="context__item">
                      {place.name}
                    </FactTrigger>{' '}
                    <InTextLink section={section} target={target} />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {visual.events.length > 0 && (
        <>
          <h3 className="context__heading">{ui.panel.events}</h3>
          <ol className="context__list context__events">
            {visual.events.map((id) => {
              const event = content.eventById.get(id);
              if (!event) return null;
              const target = { type: 'event', id } as const;
              const { key, actors } = item(target);
              return (
                <li key={id} className="context__row" data-actors={actors}>
                  <span className="context__date">
                    {formatDateRange(event.date, event.dateEnd)}
                  </span>
                  <FactTrigger popoverKey={key} target={target} className="context__item">
                    {event.title}
                  </FactTrigger>
                  <InTextLink section={section} target={target} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
});
