import { content } from '../../content';
import { routes } from '../../lib/routes';
import { idIn, paramOf, useIdParam, withParams, type IdParam } from '../../lib/url-state';

export const PLACE_PARAM = routes.params.place;

/** A known place id from the URL (`selected`), or what the URL named if it is no place. */
export type SelectedPlaceState = IdParam;

export function parseSelectedPlace(
  search: string,
  known: ReadonlyMap<string, unknown> = content.placeById,
): SelectedPlaceState {
  return idIn(paramOf(search, PLACE_PARAM), known);
}

/** The search string with the open place replaced; other parameters (the filter) are kept. */
export const withSelectedPlace = (search: string, id: string | undefined) =>
  withParams(search, { [PLACE_PARAM]: id });

/**
 * The place whose detail is open, kept in the URL (`?ort=…`): opening and closing are history
 * entries, so back closes what the reader opened, a reload reopens it and a link can share it.
 */
export const useSelectedPlace = () => useIdParam(PLACE_PARAM, content.placeById);
