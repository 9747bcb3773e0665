import { lazy, memo, Suspense, useState } from 'react';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import { ui } from '@locale/ui';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { useHydrated, useTaskAfterHydration } from '../../lib/use-hydrated';
import { FactDetail } from '../../components/facts/fact-detail';
import { describeTarget } from '../../components/facts/fact-summary';
import { ActorFilter } from '../../components/ui/actor-filter';
import { filterActorsOf, emphasisFor } from '../../lib/actor-match';
import { useActorFilter } from '../../lib/use-actor-filter';
import { HOME } from './home';
import { summit } from './summit';
import { HatchDefs, MapLegend, useHatchIds } from './legend';
import { toggleLayer } from './map-model';
import { PAGE_LAYERS } from '../../content/map';
import { mapUi } from '@locale/karte';
import './map-page.css';

// Leaflet, its CSS and the map code are one chunk, the geography further chunks: none of them is
// part of the first load, and Leaflet (which reads `window` on import) never runs on the server.
// Leaflet's code is evaluated first and the map's a task later: two shorter tasks, not one long one.
const ExplainerMap = lazy(async () => {
  await import('leaflet');
  await new Promise((resolve) => setTimeout(resolve));
  return import('./explainer-map');
});

/** The page highlights no places (a constant, so the map's memos hold across renders). */
const NONE: readonly string[] = [];

/**
 * The map page: the map over the full width, its legend with the layer switches, and every place
 * as a list (the map's text alternative, part of the prerendered HTML). `?ort=` opens a place.
 */
/**
 * Where the map page opens (and "reset" returns): what the story is about, as tightly as one
 * frame holds it, rather than every place and the ocean between (summit.json).
 */
const PAGE_START = summit.mapPage.bounds;

export function MapPage() {
  const { selected } = useActorFilter();
  const hydrated = useHydrated();
  const interactive = useTaskAfterHydration();
  const [layers, setLayers] = useState<ReadonlySet<MapLayer>>(() => new Set(PAGE_LAYERS));
  const patterns = useHatchIds();
  // Same size before and after the map arrives, so nothing below it moves.
  const placeholder = (
    <div className="map-page__placeholder" aria-hidden="true">
      <span>{mapUi.loadingGeography}</span>
    </div>
  );
  return (
    <div className="map-page">
      <div className="page map-page__head">
        <PageHeader title={ui.places.title} intro={content.site.intros.karte}>
          <ActorFilter />
        </PageHeader>
      </div>
      <div className="map-page__frame" data-map-frame>
        <HatchDefs ids={patterns} />
        <div className="map-page__stage">
          {hydrated ? (
            <ErrorBoundary fallback={<p className="panel__failed">{ui.panel.failed}</p>}>
              <Suspense fallback={placeholder}>
                <ExplainerMap
                  variant="page"
                  layers={layers}
                  highlighted={NONE}
                  selectedActors={selected}
                  target={PAGE_START}
                  initial={PAGE_START}
                  home={HOME}
                  patterns={patterns}
                />
              </Suspense>
            </ErrorBoundary>
          ) : (
            placeholder
          )}
        </div>
        <MapLegend
          layers={layers}
          onToggle={(layer, on) => setLayers((current) => toggleLayer(current, layer, on))}
          patterns={patterns}
          interactive={interactive}
        />
      </div>
      <div className="page map-page__list">
        <h2 className="map-page__list-title">{mapUi.listTitle}</h2>
        <PlaceList selected={selected} />
      </div>
    </div>
  );
}

/**
 * Every place as a card, the map's text alternative. Memoised: the page's own re-render once
 * hydration is done must not touch the list (an update would make React hydrate it at once).
 */
const PlaceList = memo(function PlaceList({ selected }: { selected: readonly string[] }) {
  // A boundary of its own: React hydrates the list after the rest of the page, at low priority
  // and in slices it can interrupt, instead of in one long task with everything else. It sits
  // inside the memoised component: a new element for it would make React hydrate it at once.
  return (
    <Suspense>
      <ul className="cards">
        {content.places.map((place) => (
          <li
            key={place.id}
            id={place.id}
            className="card"
            data-emphasis={emphasisFor(selected, filterActorsOf(content, place.actors))}
          >
            <FactDetail
              summary={{ ...describeTarget({ type: 'place', id: place.id })!, link: undefined }}
              headingLevel={3}
            />
          </li>
        ))}
      </ul>
    </Suspense>
  );
});
