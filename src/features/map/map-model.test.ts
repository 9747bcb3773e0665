import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import type { MapLayer } from '../../content/schema';
import { DEFAULT_LAYERS, layerOfKind, MAP_LAYERS, PAGE_LAYERS } from '../../content/map';
import {
  boundsOfPlaces,
  distanceKm,
  gapBetween,
  layerKey,
  shiftLon,
  shortPlaceName,
  toggleLayer,
  viewFor,
  visiblePlaceIds,
  type LatLonBounds,
} from './map-model';
import { HOME } from './home';

const HOME_BOUNDS: LatLonBounds = [
  [0, 0],
  [1, 1],
];

describe('the area a view shows', () => {
  it('is the box around its places, with a margin around a lone place', () => {
    expect(
      boundsOfPlaces([
        { lat: 50, lon: 30 },
        { lat: 61, lon: 210 },
      ]),
    ).toEqual([
      [50, 30],
      [61, 210],
    ]);
    expect(boundsOfPlaces([{ lat: 50, lon: 30 }])).toEqual([
      [47.5, 27.5],
      [52.5, 32.5],
    ]);
    expect(boundsOfPlaces([])).toBeUndefined();
  });

  it('is the section map state when there is one, else it fits the highlighted places', () => {
    const map = {
      bounds: [
        [50, 150],
        [72, 240],
      ] as LatLonBounds,
      layers: ['istgh'] as MapLayer[],
    };
    expect(viewFor({ map, places: ['kyiv'] }, content.placeById, HOME_BOUNDS)).toEqual({
      bounds: map.bounds,
      layers: ['istgh'],
    });
    const kyiv = content.placeById.get('kyiv')!;
    const moscow = content.placeById.get('moscow')!;
    expect(
      viewFor({ places: ['kyiv', 'moscow', 'nowhere'] }, content.placeById, HOME_BOUNDS),
    ).toEqual({
      bounds: [
        [kyiv.lat, kyiv.lon],
        [moscow.lat, moscow.lon],
      ],
      layers: DEFAULT_LAYERS,
    });
    expect(viewFor({ places: [] }, content.placeById, HOME_BOUNDS).bounds).toBe(HOME_BOUNDS);
  });

  it('starts from a whole frame that holds Alaska and Ukraine together', () => {
    const [[south, west], [north, east]] = HOME;
    for (const id of [
      'jber',
      'little-diomede',
      'big-diomede',
      'kyiv',
      'kherson',
      'yalta-livadia',
    ]) {
      const place = content.placeById.get(id)!;
      expect(place.lat).toBeGreaterThanOrEqual(south);
      expect(place.lat).toBeLessThanOrEqual(north);
      expect(place.lon).toBeGreaterThanOrEqual(west);
      expect(place.lon).toBeLessThanOrEqual(east);
    }
  });
});

describe('the markers drawn', () => {
  const all = content.places.map((p) => p.id);

  it('are all places with the places layer on', () => {
    expect(visiblePlaceIds(content.places, new Set(['orte']), [], undefined)).toEqual(all);
  });

  it('are only the highlighted, the Diomede Islands and the open place without it', () => {
    expect(visiblePlaceIds(content.places, new Set(), ['kyiv'], undefined)).toEqual(['kyiv']);
    expect(visiblePlaceIds(content.places, new Set(['beringstrasse']), ['kyiv'], 'sitka')).toEqual([
      'sitka',
      'little-diomede',
      'big-diomede',
      'kyiv',
    ]);
  });
});

describe('the layer switches', () => {
  it('list every layer, and the page opens without the Rome-Statute colouring', () => {
    expect(MAP_LAYERS).toEqual(['orte', 'annexion', 'istgh', 'beringstrasse']);
    expect(PAGE_LAYERS).not.toContain('istgh');
    expect(PAGE_LAYERS).toContain('annexion');
  });

  it('switch one layer without touching the others or the old set', () => {
    const before = new Set<MapLayer>(['orte', 'annexion']);
    const after = toggleLayer(before, 'istgh', true);
    expect(layerKey(after)).toBe('orte,annexion,istgh');
    expect(layerKey(before)).toBe('orte,annexion');
    expect(layerKey(toggleLayer(after, 'orte', false))).toBe('annexion,istgh');
  });
});

describe('coordinates and names', () => {
  it('shifts western longitudes like the data (Alaska east of Chukotka)', () => {
    expect(shiftLon(-149.9)).toBeCloseTo(210.1);
    expect(shiftLon(-29)).toBe(-29);
    expect(shiftLon(30.5)).toBe(30.5);
  });

  it('labels a marker with the name without its parenthesis, which the full name contains', () => {
    for (const place of content.places) {
      const label = shortPlaceName(place.name);
      expect(place.name).toContain(label);
      expect(label).not.toMatch(/[()]/);
    }
    expect(shortPlaceName('Moskau (Kreml)')).toBe('Moskau');
  });
});

describe('the strait between the Diomede Islands', () => {
  const strait = layerOfKind('distance')!;
  const little = content.placeById.get(strait.places[0])!;
  const big = content.placeById.get(strait.places[1])!;
  const DIOMEDE_GAP_KM = strait.km;

  it('takes its length from the facts: "etwa 4 km" between the islands', () => {
    for (const island of [little, big])
      expect(island.summary).toContain(`etwa ${DIOMEDE_GAP_KM} km`);
    expect(strait.label).toBe(`etwa ${DIOMEDE_GAP_KM} km`);
    // The points are the islands' centres (their precision says so), further apart than that.
    expect(little.precision).toMatch(/^Inselmitte/);
    expect(big.precision).toMatch(/^Inselmitte/);
    expect(distanceKm(little, big)).toBeGreaterThan(6.5);
    expect(distanceKm(little, big)).toBeLessThan(7.5);
  });

  it('is drawn as long as the islands are apart, centred between their points, on the line joining them', () => {
    const [a, b] = gapBetween(little, big, DIOMEDE_GAP_KM).map(([lat, lon]) => ({ lat, lon }));
    expect(distanceKm(a!, b!)).toBeCloseTo(DIOMEDE_GAP_KM, 2);
    // As far from each island's point as from the other's…
    expect(distanceKm(little, a!)).toBeCloseTo(distanceKm(b!, big), 2);
    // …and on the line: the parts add up to the whole.
    expect(distanceKm(little, a!) + DIOMEDE_GAP_KM + distanceKm(b!, big)).toBeCloseTo(
      distanceKm(little, big),
      2,
    );
  });

  it('joins points closer than the length whole', () => {
    const p = { lat: 10, lon: 10 };
    const q = { lat: 10, lon: 10.01 };
    expect(gapBetween(p, q, 4)).toEqual([
      [10, 10],
      [10, 10.01],
    ]);
  });
});
