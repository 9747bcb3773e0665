import { useMemo, useState } from 'react';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import type { VisualProps } from '../../app/visuals';
import ExplainerMap from './explainer-map';
import { HOME } from './home';
import { HatchDefs, MapKey, MapLegend, useHatchIds } from './legend';
import { layerKey, toggleLayer, viewFor } from './map-model';
import { mapUi } from '@locale/karte';
import { useReducedMotion } from '../../lib/use-reduced-motion';

/**
 * The map in the story's panel: it shows the section's (or step's) area and layers, highlights
 * its places and follows the actor filter. The reader may switch layers; a new section resets them.
 */
export default function MapVisual({ visual, selected, sectionId, callouts }: VisualProps) {
  const view = viewFor(visual, content.placeById, HOME);
  const stateKey = `${sectionId}|${JSON.stringify(view.bounds)}|${layerKey(view.layers)}`;
  const [choice, setChoice] = useState<{ key: string; layers: ReadonlySet<MapLayer> }>();
  const sectionLayers = view.layers;
  const layers = useMemo(
    () => (choice?.key === stateKey ? choice.layers : new Set(sectionLayers)),
    [choice, stateKey, sectionLayers],
  );
  const patterns = useHatchIds();
  const reduced = useReducedMotion();
  return (
    <div className="map-frame map-frame--panel" data-map-frame data-view-section={sectionId}>
      <HatchDefs ids={patterns} />
      <ExplainerMap
        variant="panel"
        layers={layers}
        highlighted={visual.places}
        selectedActors={selected}
        target={view.bounds}
        // The map flies in from the whole frame, so the reader sees where the section is.
        initial={reduced ? view.bounds : HOME}
        home={HOME}
        patterns={patterns}
        callouts={callouts}
      >
        <div className="map-frame__key">
          <MapKey layers={layers} patterns={patterns} />
          <details className="map-frame__legend" data-map-obstacle>
            <summary>{mapUi.legend.short}</summary>
            <MapLegend
              layers={layers}
              onToggle={(layer, on) =>
                setChoice({ key: stateKey, layers: toggleLayer(layers, layer, on) })
              }
              patterns={patterns}
              headingLevel={3}
              compact
            />
          </details>
        </div>
      </ExplainerMap>
    </div>
  );
}
