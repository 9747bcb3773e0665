import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import {
  clusterKey,
  clusterPoints,
  GAP,
  TARGET,
  TOUCH_TARGET,
  type ClusterPoint,
} from './marker-clusters';
import { summit } from './summit';

/** Web-Mercator pixels of a place at a zoom, as Leaflet projects them (256 px tiles). */
function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: (scale * (lon + 180)) / 360,
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}
const placesAt = (zoom: number): ClusterPoint[] =>
  content.places.map((p) => ({ id: p.id, ...project(p.lat, p.lon, zoom) }));

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const spacing = TARGET + GAP;
/** Pairs of clusters whose targets come closer than the spacing: none, when the grouping is sound. */
function crowded(clusters: { ids: string[]; x: number; y: number }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      if (Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < spacing)
        found.push(`${clusterKey(a.ids)} × ${clusterKey(b.ids)}`);
    }
  }
  return found;
}

describe('grouping markers whose targets would overlap', () => {
  it('keeps places apart whose 24-px targets do not touch, and merges those that would', () => {
    expect(
      clusterPoints([
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: spacing, y: 0 },
        { id: 'c', x: 0, y: -spacing },
      ]).map((c) => c.ids),
    ).toEqual([['a'], ['b'], ['c']]);
    // Close on one axis only is apart (the targets are squares side by side).
    expect(
      clusterPoints([
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 40, y: 3 },
      ]),
    ).toHaveLength(2);
    expect(
      clusterPoints([
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 10 },
      ]),
    ).toEqual([{ ids: ['a', 'b'], x: 10, y: 5 }]);
  });

  it('merges a chain step by step: a merged target that now reaches a neighbour takes it in', () => {
    // a–b merge (10 apart) at x 5; c at 30 is then 25 away: too close, it joins; d at 80 stays.
    const clusters = clusterPoints([
      { id: 'd', x: 80, y: 0 },
      { id: 'c', x: 30, y: 0 },
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 10, y: 0 },
    ]);
    expect(clusters.map((c) => c.ids)).toEqual([['d'], ['c', 'a', 'b']]);
    expect(clusters[1]!.x).toBeCloseTo(40 / 3);
  });

  it('leaves no two targets closer than 26 px, however crowded (random crowds)', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const points = Array.from({ length: 3 + Math.floor(next() * 30) }, (_, i) => ({
        id: `p${i}`,
        x: next() * 300,
        y: next() * 200,
      }));
      const clusters = clusterPoints(points);
      expect(crowded(clusters), `round ${round}`).toEqual([]);
      // Every point is in exactly one cluster.
      expect(clusters.flatMap((c) => c.ids).sort()).toEqual(points.map((p) => p.id).sort());
    }
  });

  it('is deterministic and keeps the places’ order', () => {
    const points = placesAt(2);
    expect(clusterPoints(points)).toEqual(clusterPoints(points));
    const order = content.places.map((p) => p.id);
    for (const cluster of clusterPoints(points)) {
      const positions = cluster.ids.map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('on the real map: at the widest view the theatres share markers, zoomed in they part', () => {
    const keys = (zoom: number) => clusterPoints(placesAt(zoom)).map((c) => clusterKey(c.ids));
    // A phone's whole-world view (zoom 0.75): Ukraine's places share one marker.
    expect(keys(0.75)).toContain(
      'moscow+kyiv+yalta-livadia+istanbul+kherson+bakhmut+avdiivka+sudzha',
    );
    // The map's closest zoom parts Anchorage from the base beside it, and the two islands…
    const closest = keys(9);
    for (const id of ['jber', 'anchorage', 'little-diomede', 'big-diomede']) {
      expect(closest).toContain(id);
    }
    // …but The Hague and the court in it (3 km) share their marker at every zoom.
    expect(closest).toContain('the-hague+icc');
    for (const zoom of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      expect(crowded(clusterPoints(placesAt(zoom))), `zoom ${zoom}`).toEqual([]);
    }
  });

  it('a group holding the summit’s place sits on it, so the name it carries is where it points', () => {
    const anchors = new Set(['b']);
    const [group] = clusterPoints(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 10, y: 4 },
        { id: 'c', x: 20, y: 8 },
      ],
      TARGET + GAP,
      anchors,
    );
    expect(group).toEqual({ ids: ['a', 'b', 'c'], x: 10, y: 4 });
  });

  it('on the real map, at every zoom and target size, Anchorage’s group stands on Anchorage and no targets crowd', () => {
    const anchors = new Set([summit.place]);
    for (const spacing of [TARGET + GAP, TOUCH_TARGET + GAP]) {
      for (const zoom of [0, 0.75, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
        const points = placesAt(zoom);
        const anchorage = points.find((p) => p.id === summit.place)!;
        const clusters = clusterPoints(points, spacing, anchors);
        const group = clusters.find((c) => c.ids.includes(summit.place))!;
        expect([group.x, group.y], `zoom ${zoom}`).toEqual([anchorage.x, anchorage.y]);
        const close = clusters.filter((a, i) =>
          clusters
            .slice(i + 1)
            .some((b) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < spacing),
        );
        expect(close, `zoom ${zoom}, spacing ${spacing}`).toEqual([]);
      }
    }
  });
});
