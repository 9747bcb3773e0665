import { content } from '../../content';
import { boundsOfPlaces, MAX_BOUNDS, type LatLonBounds } from './map-model';

/** The whole frame: every place of the explainer, Alaska and Ukraine in one view. */
export const HOME: LatLonBounds = boundsOfPlaces(content.places) ?? MAX_BOUNDS;
