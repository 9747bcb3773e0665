import { mapUi } from '@locale/karte';
import { ClusterMarker } from './cluster-marker';
import { clusterEmphasis, leadOf, type LabelContext } from './label-specs';
import { shortPlaceName } from './map-model';
import type { PlaceCluster } from './place-clusters';
import { PlaceMarker } from './place-marker';

/**
 * The markers at this zoom: a place of its own gets its marker, places too close to tell apart
 * share one that opens a chooser. Their look follows the page's state (open, highlighted, the
 * actor filter); the callbacks must be stable, or every marker would re-bind its events.
 */
export function PlaceMarkers({
  clusters,
  context,
  touch,
  chooserOpen,
  onActivate,
  onClose,
  onToggleChooser,
  onEscapeChooser,
}: {
  clusters: readonly PlaceCluster[];
  context: LabelContext;
  touch: boolean;
  /** The key of the shared marker whose chooser is open. */
  chooserOpen: string | null;
  onActivate: (id: string) => void;
  onClose: () => void;
  onToggleChooser: (key: string) => void;
  onEscapeChooser: () => void;
}) {
  const { selected, highlighted, emphasis } = context;
  return clusters.map(({ key, places, lat, lon }) =>
    places.length === 1 ? (
      <PlaceMarker
        key={key}
        place={places[0]!}
        emphasis={emphasis.get(places[0]!.id) ?? 'neutral'}
        highlighted={highlighted.includes(places[0]!.id)}
        open={places[0]!.id === selected}
        touch={touch}
        onActivate={onActivate}
        onClose={onClose}
      />
    ) : (
      <ClusterMarker
        key={key}
        id={key}
        ids={places.map((p) => p.id)}
        position={[lat, lon]}
        name={mapUi.cluster.name(places.map((p) => p.name))}
        label={shortPlaceName(leadOf(places, context).name)}
        emphasis={clusterEmphasis(places, emphasis)}
        highlighted={places.some((p) => highlighted.includes(p.id))}
        open={places.some((p) => p.id === selected)}
        expanded={key === chooserOpen}
        touch={touch}
        onToggle={onToggleChooser}
        onClose={onEscapeChooser}
      />
    ),
  );
}
