import { useMemo } from 'react';
import type { Place } from '../../content/schema';
import type { LayerOfKind } from '../../content/map';
import { COUNTRY_LABELS, type MapLabel } from './area-labels';
import { claimedRegionLabels, type Regions } from './geo';
import { distanceLabel } from './label-specs';

/**
 * The names the map writes over its areas: the article's countries always, the claimed regions
 * while their layer is on, the strait's distance while its layer is on. Stable while none of
 * that changes, so the labels are not laid out again for nothing.
 */
export function useAreaLabels({
  regions,
  claimsOn,
  strait,
  touch,
}: {
  regions: Regions | undefined;
  claimsOn: boolean;
  /** The distance layer and its two places, while the layer is on. */
  strait: { layer: LayerOfKind<'distance'>; from: Place; to: Place } | undefined;
  touch: boolean;
}): MapLabel[] {
  const { layer, from, to } = strait ?? {};
  const distance = useMemo(
    () => (layer && from && to ? distanceLabel(layer, from, to, touch) : undefined),
    [layer, from, to, touch],
  );
  const regionLabels = useMemo<MapLabel[]>(
    () =>
      regions
        ? claimedRegionLabels(regions).map((l) => ({ ...l, variant: 'region', minZoom: 5 }))
        : [],
    [regions],
  );
  return useMemo(
    () => [...COUNTRY_LABELS, ...(claimsOn ? regionLabels : []), ...(distance ? [distance] : [])],
    [claimsOn, regionLabels, distance],
  );
}
