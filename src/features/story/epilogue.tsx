import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { formatDateRange } from '../../lib/dates';
import { describeTarget, FactDetail } from '../facts/fact-detail';
import { filterActorsOf, emphasisFor } from '../filter/actor-match';

/** "Was danach geschah": the summit and the days after, from the facts, set apart from the article. */
export function Epilogue({ selected }: { selected: readonly string[] }) {
  return (
    <section className="epilogue" aria-labelledby="epilog-titel" id="epilog">
      <p className="epilogue__label">{ui.epilogue.label}</p>
      <h2 className="epilogue__title" id="epilog-titel">
        {ui.epilogue.title}
      </h2>
      <p className="epilogue__intro">{ui.epilogue.intro}</p>
      <ol className="epilogue__list">
        {content.epilogue.events.map((id) => {
          const event = content.eventById.get(id);
          const summary = describeTarget({ type: 'event', id });
          if (!event || !summary) return null;
          return (
            <li
              key={id}
              className="epilogue__item"
              data-emphasis={emphasisFor(selected, filterActorsOf(content, event.actors))}
            >
              <time className="epilogue__date" dateTime={event.date}>
                {formatDateRange(event.date, event.dateEnd)}
              </time>
              <FactDetail summary={{ ...summary, meta: undefined, kind: '' }} headingLevel={3} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
