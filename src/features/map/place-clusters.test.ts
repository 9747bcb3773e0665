import { describe, expect, it } from 'vitest';
import type { Place } from '../../content/schema';
import { boundsOfPlaces, shareAMarker, type PlaceCluster } from './place-clusters';

const place = (id: string, lat: number, lon: number) => ({ id, name: id, lat, lon }) as Place;
const cluster = (...places: Place[]): PlaceCluster => ({
  key: places.map((p) => p.id).join(' '),
  places,
  lat: places[0]!.lat,
  lon: places[0]!.lon,
});

describe('markers and their places', () => {
  const little = place('little-diomede', 65.75, 191.07);
  const big = place('big-diomede', 65.78, 190.92);
  it('knows when two places share one marker, and when they have parted', () => {
    const ids = [little.id, big.id];
    expect(shareAMarker([cluster(little, big)], ids)).toBe(true);
    expect(shareAMarker([cluster(little), cluster(big)], ids)).toBe(false);
  });

  it('frames a marker’s places for zooming in on them', () => {
    expect(boundsOfPlaces([little, big, place('nome', 64.5, 194.6)])).toEqual([
      [64.5, 190.92],
      [65.78, 194.6],
    ]);
  });
});
