import { content } from '../../content';
import summit from '@article/data/summit.json';
import { boundsOfPlaces, MAX_BOUNDS, type LatLonBounds } from './map-model';

/** The whole frame: every place of the explainer, Alaska and Ukraine in one view. */
export const HOME: LatLonBounds = boundsOfPlaces(content.places) ?? MAX_BOUNDS;

/**
 * Where the map page opens (and "reset" returns): what the story is about, Alaska and Ukraine as
 * tightly as one frame holds them, rather than every place and the ocean between (summit.json).
 */
export const PAGE_START = summit.mapPage.bounds;
