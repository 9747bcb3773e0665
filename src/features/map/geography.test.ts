import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import worldJson from './geo/world.topo.json';
import placesRecord from '@article/record/places.json';

type Shape = Feature<Polygon | MultiPolygon, { name?: string }>;
const world = worldJson as unknown as Topology<{
  countries: GeometryCollection<{ name?: string }>;
}>;
const countries = (feature(world, world.objects.countries) as unknown as { features: Shape[] })
  .features;
const country = (id: string) => countries.find((c) => String(c.id) === id)!;
const rings = (shape: Shape): Position[][] =>
  shape.geometry.type === 'Polygon'
    ? shape.geometry.coordinates
    : shape.geometry.coordinates.flat();

/** Planar point-in-polygon (even-odd), enough for points well inside a country. */
function contains(shape: Shape, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(shape)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const place = (id: string) => {
  const p = placesRecord.places.find((x) => x.id === id)!;
  return [p.lon_wrapped, p.lat] as [number, number];
};

describe('the bundled geography', () => {
  it('draws Crimea as part of Ukraine', () => {
    expect(contains(country('804'), place('yalta_livadia'))).toBe(true);
    expect(contains(country('643'), place('yalta_livadia'))).toBe(false);
  });

  it('keeps Russia continuous across 180°: no ring jumps across the map', () => {
    for (const ring of rings(country('643'))) {
      for (let i = 1; i < ring.length; i++) {
        expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThan(30);
      }
    }
  });

  it('puts Alaska east of Chukotka, across the Bering Strait', () => {
    // At the strait's latitude (the islands further south lie on either side of 180°).
    const atStrait = (id: string) =>
      rings(country(id))
        .flat()
        .filter((p) => p[1]! > 64.5 && p[1]! < 67)
        .map((p) => p[0]!);
    const russiaEast = Math.max(...atStrait('643'));
    const usaInAlaska = atStrait('840');
    expect(Math.min(...usaInAlaska)).toBeGreaterThan(russiaEast);
    expect(contains(country('840'), place('anchorage'))).toBe(true);
  });

  it('keeps every longitude within the map’s range and Antarctica out', () => {
    const all = countries.flatMap((c) => rings(c).flat());
    expect(Math.min(...all.map((p) => p[0]!))).toBeGreaterThanOrEqual(-30);
    expect(Math.max(...all.map((p) => p[0]!))).toBeLessThanOrEqual(330);
    expect(countries.find((c) => String(c.id) === '010')).toBeUndefined();
  });
});
