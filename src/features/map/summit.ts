import summitJson from '@article/data/summit.json';
import type { Summit } from '../../content/schema';

/**
 * The summit at the centre of the map (the article's summit.json): the place named wherever the
 * map shows it, and the frame the map page opens on. An article with a map has one: the
 * validator says so, and the map's chunk is loaded only for an article with a map.
 */
export const summit: Summit =
  summitJson ??
  ((): never => {
    throw new Error('an article with a map needs data/summit.json');
  })();
