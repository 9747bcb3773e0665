import { describe, expect, it } from 'vitest';
import type { Place } from '../../content/schema';
import type { LayerOfKind } from '../../content/map';
import type { Emphasis } from '../../lib/actor-match';
import { PRIORITY, type MapLabel } from './area-labels';
import {
  clusterEmphasis,
  distanceLabel,
  labelSpecs,
  leadOf,
  placePriority,
  type LabelContext,
} from './label-specs';
import type { PlaceCluster } from './place-clusters';
import { summit } from './summit';

const place = (id: string, name = id, lat = 60, lon = 200) => ({ id, name, lat, lon }) as Place;
const context = (over: Partial<LabelContext> = {}): LabelContext => ({
  selected: undefined,
  highlighted: [],
  emphasis: new Map<string, Emphasis>(),
  ...over,
});
const cluster = (...places: Place[]): PlaceCluster => ({
  key: places.map((p) => p.id).join(' '),
  places,
  lat: places[0]!.lat,
  lon: places[0]!.lon,
});

describe('how much a place’s label matters', () => {
  it('ranks the open place over the summit’s, the section’s and the filter’s', () => {
    const ctx = context({
      selected: 'kyiv',
      highlighted: ['moscow'],
      emphasis: new Map([
        ['washington', 'match'],
        ['paris', 'dimmed'],
      ]),
    });
    const order = ['kyiv', summit.place, 'moscow', 'washington', 'berlin', 'paris'].map((id) =>
      placePriority(id, ctx),
    );
    expect(order).toEqual([
      PRIORITY.selected,
      PRIORITY.summit,
      PRIORITY.highlighted,
      PRIORITY.match,
      PRIORITY.neutral,
      PRIORITY.dimmed,
    ]);
  });

  it('names a shared marker after its most important place, the first if equal', () => {
    const places = [place('berlin'), place('paris'), place('moscow')];
    expect(leadOf(places, context()).id).toBe('berlin');
    expect(leadOf(places, context({ highlighted: ['moscow'] })).id).toBe('moscow');
  });
});

describe('a shared marker’s emphasis', () => {
  const places = [place('a'), place('b')];
  it('stands out if one place does, dims only if all do', () => {
    expect(clusterEmphasis(places, new Map([['b', 'match']]))).toBe('match');
    expect(clusterEmphasis(places, new Map([['a', 'dimmed']]))).toBe('neutral');
    expect(
      clusterEmphasis(
        places,
        new Map([
          ['a', 'dimmed'],
          ['b', 'dimmed'],
        ]),
      ),
    ).toBe('dimmed');
  });
});

describe('the distance label', () => {
  const layer = { id: 'strait', label: '3,8 km' } as LayerOfKind<'distance'>;
  it('sits above the middle between its places, once they part (later under a finger)', () => {
    const label = distanceLabel(layer, place('a', 'a', 66, 190), place('b', 'b', 65, 191), false);
    expect(label).toMatchObject({ id: 'distance-strait', text: '3,8 km', lat: 65.5, lon: 190.5 });
    expect(label.dy).toBeLessThan(0);
    expect(distanceLabel(layer, place('a'), place('b'), true).minZoom).toBeGreaterThan(
      label.minZoom!,
    );
  });
});

describe('the label specs', () => {
  it('gives a lone place its full name and a shared marker its lead’s short name', () => {
    const specs = labelSpecs(
      [cluster(place('nome', 'Nome')), cluster(place('hague', 'Den Haag (IStGH)'), place('icc'))],
      [],
      context(),
    );
    expect(specs.map((s) => [s.id, s.text, s.kind])).toEqual([
      ['nome', 'Nome', 'side'],
      ['hague icc', 'Den Haag', 'side'],
    ]);
  });

  it('forces the open place’s label and the summit’s, and ranks a marker by its best place', () => {
    const [open, summitMarker, other] = labelSpecs(
      [
        cluster(place('kyiv'), place('lviv')),
        cluster(place(summit.place)),
        cluster(place('berlin')),
      ],
      [],
      context({ selected: 'lviv' }),
    );
    expect(open).toMatchObject({ force: true, priority: PRIORITY.selected });
    expect(summitMarker).toMatchObject({ force: true, priority: PRIORITY.summit });
    expect(other).toMatchObject({ force: false, priority: PRIORITY.neutral });
  });

  it('centres area names over their areas, with their zooms and shift', () => {
    const area: MapLabel = {
      id: 'region-x',
      text: 'Krim',
      lat: 45,
      lon: 34,
      variant: 'region',
      minZoom: 5,
    };
    expect(labelSpecs([], [area], context())).toEqual([
      {
        id: 'region-x',
        lat: 45,
        lon: 34,
        kind: 'center',
        priority: PRIORITY.region,
        text: 'Krim',
        minZoom: 5,
      },
    ]);
  });
});
