/**
 * What the map's labels say and how much each matters: pure data for the label layout
 * (label-layout-child.tsx), computed from the markers at this zoom and the area names shown.
 */
import type { Place } from '../../content/schema';
import type { LayerOfKind } from '../../content/map';
import type { Emphasis } from '../../lib/actor-match';
import { PRIORITY, type MapLabel } from './area-labels';
import type { LabelSpec } from './label-layout-child';
import { shortPlaceName } from './map-model';
import type { PlaceCluster } from './place-clusters';
import { summit } from './summit';

/** What decides how much a place's label matters. */
export interface LabelContext {
  /** The open place. */
  selected: string | undefined;
  /** The places the section or step highlights. */
  highlighted: readonly string[];
  /** Each place's standing under the actor filter. */
  emphasis: ReadonlyMap<string, Emphasis>;
}

/**
 * How much a place's label matters: the open place first, then the summit's (named in every view
 * that shows Alaska, never folded into an unnamed number), the section's, the filter's.
 */
export function placePriority(id: string, { selected, highlighted, emphasis }: LabelContext) {
  if (id === selected) return PRIORITY.selected;
  if (id === summit.place) return PRIORITY.summit;
  if (highlighted.includes(id)) return PRIORITY.highlighted;
  return PRIORITY[emphasis.get(id) ?? 'neutral'];
}

/** A cluster is labelled with the name of its most important place (the first, if equal). */
export function leadOf(places: readonly Place[], context: LabelContext): Place {
  return places.reduce((lead, p) =>
    placePriority(p.id, context) > placePriority(lead.id, context) ? p : lead,
  );
}

/** A shared marker stands out if one of its places does, and dims only if all of them do. */
export function clusterEmphasis(
  places: readonly Place[],
  emphasis: ReadonlyMap<string, Emphasis>,
): Emphasis {
  const all = places.map((p) => emphasis.get(p.id) ?? 'neutral');
  if (all.includes('match')) return 'match';
  return all.every((e) => e === 'dimmed') ? 'dimmed' : 'neutral';
}

/** The distance layer's label, midway between its two places. */
export function distanceLabel(
  layer: LayerOfKind<'distance'>,
  from: Place,
  to: Place,
  touch: boolean,
): MapLabel {
  return {
    id: `distance-${layer.id}`,
    text: layer.label,
    lat: (from.lat + to.lat) / 2,
    lon: (from.lon + to.lon) / 2,
    variant: 'distance',
    // Only once the islands have markers of their own and the line between them is long enough
    // to carry its label.
    minZoom: touch ? 9 : 8.5,
    // Above both islands' dots at every zoom it shows at (they sit up to 12 px off the middle).
    dy: -30,
  };
}

/** Every label the layout places: one beside each marker, then the area names over their areas. */
export function labelSpecs(
  clusters: readonly PlaceCluster[],
  areaLabels: readonly MapLabel[],
  context: LabelContext,
): LabelSpec[] {
  const places = clusters.map((c): LabelSpec => {
    const lead = leadOf(c.places, context);
    const lone = c.places.length === 1;
    return {
      id: lone ? lead.id : c.key,
      lat: c.lat,
      lon: c.lon,
      kind: 'side',
      priority: Math.max(...c.places.map((p) => placePriority(p.id, context))),
      text: lone ? lead.name : shortPlaceName(lead.name),
      // The open place's label, and the summit's, show whatever else must give way.
      force: c.places.some((p) => p.id === context.selected || p.id === summit.place),
    };
  });
  const areas = areaLabels.map((l): LabelSpec => ({
    id: l.id,
    lat: l.lat,
    lon: l.lon,
    kind: 'center',
    priority: PRIORITY[l.variant],
    text: l.text,
    ...(l.minZoom !== undefined ? { minZoom: l.minZoom } : {}),
    ...(l.maxZoom !== undefined ? { maxZoom: l.maxZoom } : {}),
    ...(l.dy !== undefined ? { dy: l.dy } : {}),
  }));
  return [...places, ...areas];
}
