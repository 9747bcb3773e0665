import { memo, useId, useRef, useState } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { filterCounts } from '../../lib/actor-match';
import { useActorFilter } from '../../lib/use-actor-filter';

/**
 * Toggle buttons for the filterable actors and a one-click reset. Memoised: it reads the filter
 * itself, so the panel's renders as the reading position moves leave it alone.
 */
export const ActorFilter = memo(function ActorFilter() {
  const { selected, toggle, clear } = useActorFilter();
  const labelId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const actors = content.actors.filter((a) => a.filterable);
  // The clear button goes away with the filter: focus moves to the first actor, not to the page.
  const clearAndStay = () => {
    clear();
    listRef.current?.querySelector('button')?.focus();
  };
  return (
    <div className="filter" role="group" aria-labelledby={labelId}>
      <p className="filter__label" id={labelId}>
        {ui.filter.label}
      </p>
      <ul className="filter__list" ref={listRef}>
        {actors.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className={`chip chip--${actor.id}`}
              aria-pressed={selected.includes(actor.id)}
              title={actor.fullName}
              onClick={() => toggle(actor.id)}
              // On a narrow screen the row scrolls sideways; the browser leaves a chip that is
              // partly in view where it is, its focus ring cut off: bring it in whole.
              onFocus={(event) =>
                event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })
              }
            >
              {/* The check, in the colour dot, shows when pressed; the state is aria-pressed, so
                  the mark is no part of the name. */}
              <span className="chip__swatch" aria-hidden="true">
                <span className="chip__check">✓</span>
              </span>
              {actor.name}
            </button>
          </li>
        ))}
        {/* Laid out with or without a filter, so that a toggle changes no layout; without one it
            is inert: not shown, not focusable, not read. */}
        <li inert={selected.length === 0}>
          <button type="button" className="filter__clear" onClick={clearAndStay}>
            {ui.filter.clear}
          </button>
        </li>
      </ul>
    </div>
  );
});

/**
 * One page-level message about the filter: announces the choice to screen readers and says,
 * visibly and politely, when a link named an actor that does not exist.
 */
export function FilterNotice() {
  const { selected, unknown } = useActorFilter({ ahead: false });
  const [dismissed, setDismissed] = useState('');
  // Whether the reader has had a filter on this page: clearing it is announced then.
  const [hadFilter, setHadFilter] = useState(false);
  if (selected.length > 0 && !hadFilter) setHadFilter(true);
  const unknownText = unknown.join(', ');
  const names = selected.map((id) => content.actorById.get(id)?.name).join(', ');
  return (
    <>
      {/* Says what changed: the chosen actors and how much of the content concerns them. */}
      <p className="visually-hidden" aria-live="polite">
        {selected.length > 0
          ? ui.filter.summary(names, filterCounts(content, selected))
          : hadFilter
            ? ui.filter.cleared
            : ''}
      </p>
      {unknown.length > 0 && dismissed !== unknownText && (
        <p className="notice" role="status">
          {ui.filter.unknown(unknownText)}{' '}
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => setDismissed(unknownText)}
          >
            {ui.filter.dismiss}
          </button>
        </p>
      )}
    </>
  );
}
