import { useState } from 'react';
import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { useActorFilter } from './use-actor-filter';

/** Toggle buttons for the filterable actors, a one-click reset, and a note on unknown ids. */
export function ActorFilter() {
  const { selected, unknown, toggle, clear } = useActorFilter();
  const [dismissed, setDismissed] = useState('');
  const actors = content.actors.filter((a) => a.filterable);
  const unknownText = unknown.join(', ');
  return (
    <div className="filter" role="group" aria-labelledby="filter-label">
      <p className="filter__label" id="filter-label">
        {ui.filter.label}
      </p>
      <ul className="filter__list">
        {actors.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className={`chip chip--${actor.id}`}
              aria-pressed={selected.includes(actor.id)}
              title={actor.fullName}
              onClick={() => toggle(actor.id)}
            >
              <span className="chip__swatch" aria-hidden="true" />
              {actor.name}
            </button>
          </li>
        ))}
        {selected.length > 0 && (
          <li>
            <button type="button" className="filter__clear" onClick={clear}>
              {ui.filter.clear}
            </button>
          </li>
        )}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {selected.length > 0
          ? ui.filter.active(selected.map((id) => content.actorById.get(id)?.name).join(', '))
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
    </div>
  );
}
