import { memo } from 'react';
import { content } from '../../content';
import { ForeignWords } from '../../components/ui/foreign-words';
import { ui } from '@locale/ui';
import { formatDateRange } from '../../lib/dates';
import { ProvenanceBadge } from '../../components/ui/provenance-badge';
import { describeTarget } from '../../components/facts/fact-summary';
import { FactTrigger } from '../../components/facts/popover';
import { filterActorsOf } from '../../lib/actor-match';
import { actorsAttribute } from './annotated-paragraph';

/**
 * "Was danach geschah": the summit and the days after, from the facts, set apart from the article.
 * Each entry names its actors (`data-actors`); the stylesheet dims it under a filter of others.
 */
export const Epilogue = memo(function Epilogue() {
  if (content.epilogue.events.length === 0) return null;
  return (
    <section className="epilogue" aria-labelledby="epilog-titel" id="epilog">
      <p className="epilogue__label">{ui.epilogue.label}</p>
      <h2 className="epilogue__title" id="epilog-titel">
        {ui.epilogue.title}
      </h2>
      {content.site.epilogueIntro && (
        <p className="epilogue__intro">{content.site.epilogueIntro}</p>
      )}
      <ol className="epilogue__list">
        {content.epilogue.events.map((id) => {
          const event = content.eventById.get(id);
          const summary = describeTarget({ type: 'event', id });
          if (!event || !summary) return null;
          return (
            <li
              key={id}
              className="epilogue__item"
              data-actors={actorsAttribute(filterActorsOf(content, event.actors))}
            >
              <time className="epilogue__date" dateTime={event.date}>
                {formatDateRange(event.date, event.dateEnd)}
              </time>
              <h3 className="epilogue__event">
                <ForeignWords text={summary.title} />
              </h3>
              <p className="fact__badges">
                <ProvenanceBadge kind={summary.provenance} />
              </p>
              <p className="fact__text">
                <ForeignWords text={summary.text} />
              </p>
              {/* A media report on the same day is its own statement, with its own badge. */}
              {summary.report && (
                <>
                  <p className="fact__badges">
                    <ProvenanceBadge kind={summary.report.provenance} />
                  </p>
                  <p className="fact__text">
                    <ForeignWords text={summary.report.text} />
                  </p>
                </>
              )}
              {summary.note && <p className="fact__note">{summary.note}</p>}
              {/* Sources are one activation away, as everywhere in the story. */}
              <FactTrigger
                popoverKey={`epilog:${id}`}
                target={{ type: 'event', id }}
                className="epilogue__more"
                // Three entries, three buttons: each names its event, for a list of controls.
                aria-label={`${ui.epilogue.more}: ${summary.title}`}
              >
                {ui.epilogue.more}
              </FactTrigger>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
