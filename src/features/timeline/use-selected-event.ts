import { content } from '../../content';
import { routes } from '../../lib/routes';
import { idIn, paramOf, useIdParam, withParams, type IdParam } from '../../lib/url-state';

export const EVENT_PARAM = routes.params.event;

/** A known event id from the URL (`selected`), or what the URL named if it is no event. */
export type SelectedEventState = IdParam;

export function parseSelectedEvent(search: string): SelectedEventState {
  return idIn(paramOf(search, EVENT_PARAM), content.eventById);
}

/** The search string with the selected event replaced; other parameters (the filter) are kept. */
export const withSelectedEvent = (search: string, id: string | undefined) =>
  withParams(search, { [EVENT_PARAM]: id });

/**
 * The event whose detail is open, kept in the URL (`?ereignis=…`): opening and closing are
 * history entries, so back closes what the reader opened and a link can share it.
 */
export const useSelectedEvent = () => useIdParam(EVENT_PARAM, content.eventById);
