import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import worldJson from './geo/world.topo.json';
import { failed, worldChecks, type CountryFeature } from './geography-checks';

const world = worldJson as unknown as Topology<{
  countries: GeometryCollection<{ name?: string }>;
}>;
const countries = (
  feature(world, world.objects.countries) as unknown as {
    features: CountryFeature[];
  }
).features;

describe('the bundled geography', () => {
  // The checks scripts/build-geo.ts runs before it writes the file: Crimea drawn as Ukraine,
  // Russia continuous across 180° and Alaska east of Chukotka, every longitude within the map's
  // range and Antarctica out, the capitals in their countries, no small state lost.
  it('passes the checks it was built with', () => {
    const checks = worldChecks(countries);
    expect(checks.length).toBeGreaterThan(10);
    expect(failed(checks)).toEqual([]);
  });

  it('fails them when Crimea is drawn as part of Russia', () => {
    const russia = countries.find((c) => String(c.id) === '643')!;
    const crimea: CountryFeature = {
      type: 'Feature',
      id: '643',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          ...(russia.geometry!.type === 'MultiPolygon' ? russia.geometry!.coordinates : []),
          [
            [
              [33, 44],
              [36, 44],
              [36, 46],
              [33, 46],
              [33, 44],
            ],
          ],
        ],
      },
    };
    const swapped = countries.map((c) => (c === russia ? crimea : c));
    expect(failed(worldChecks(swapped))).toEqual(['Russia (643) does not contain Yalta']);
  });
});
