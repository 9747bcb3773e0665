/**
 * The article's map as content (its data/map.json, checked by the validator): the layers in the
 * legend's order, the areas it names, its quick jumps. An article with a map has one (the
 * validator says so); for an article without, the map has nothing to draw.
 */
import mapJson from '@article/data/map.json';
import type { MapLayerSpec, MapSpec } from './schema';

export const mapSpec: MapSpec = mapJson ?? {
  credit: '',
  label: '',
  layers: [],
  areas: {},
  labels: [],
  jumps: [],
  method: [],
};

export type LayerKind = MapLayerSpec['kind'];
export type LayerOfKind<K extends LayerKind> = Extract<MapLayerSpec, { kind: K }>;

/** The article's layer of a kind, if it has one (the validator allows one of each). */
export function layerOfKind<K extends LayerKind>(kind: K): LayerOfKind<K> | undefined {
  return mapSpec.layers.find((l): l is LayerOfKind<K> => l.kind === kind);
}

/** Every layer's id, in the order the legend lists them. */
export const MAP_LAYERS: readonly string[] = mapSpec.layers.map((l) => l.id);

/** The layers on when the map page opens. */
export const PAGE_LAYERS: readonly string[] = mapSpec.layers
  .filter((l) => l.onPage)
  .map((l) => l.id);

/** A section that names no layers still shows its places. */
export const DEFAULT_LAYERS: readonly string[] = mapSpec.layers
  .filter((l) => l.kind === 'places')
  .map((l) => l.id);
