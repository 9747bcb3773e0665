/**
 * Preview pictures of what scripts/build-geo.ts built, to look at by eye: Web-Mercator SVGs, and
 * PNGs through Debian's `rsvg-convert` when it is on PATH. Colours are a scratch palette: the
 * previews are never shown to readers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  polygonsOf,
  ringBounds,
  rings,
  type Area,
  type RegionFeature,
  type RegionsSpec,
} from '../../src/features/map/geography-checks';
import { mercY } from './outlines';
import { LAT_MIN, LON_MAX, LON_MIN } from './settings';

type Shape = { id?: string | number; properties: object; geometry: Area | null };
const isoOf = (f: Shape) => ('iso' in f.properties ? (f.properties as { iso: string }).iso : '');
type Style = string | { fill: string; stroke?: string; width?: number };

function svgPath(geometry: Area | null, px: (x: number) => number, py: (y: number) => number) {
  return polygonsOf(geometry)
    .flat()
    .map(
      (ring) =>
        'M' + ring.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join('L') + 'Z',
    )
    .join('');
}

function writePreview<F extends Shape>(
  dir: string,
  name: string,
  features: F[],
  [x0, y0, x1, y1]: [number, number, number, number],
  width: number,
  style: (f: F) => Style,
  labels: [number, number, string][] = [],
  grid: [number, string][] = [],
) {
  const sx = width / (x1 - x0);
  const height = Math.round((mercY(y1) - mercY(y0)) * sx);
  const px = (x: number) => (x - x0) * sx;
  const py = (y: number) => (mercY(y1) - mercY(y)) * sx;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#dfeefa"/>`,
    ...grid.map(
      ([x, label]) =>
        `<line x1="${px(x)}" x2="${px(x)}" y1="0" y2="${height}" stroke="#9ab" stroke-dasharray="4 4"/><text x="${px(x) + 3}" y="14" font-family="DejaVu Sans" font-size="12" fill="#567">${label}</text>`,
    ),
    ...features.map((f) => {
      const s = style(f);
      const st = typeof s === 'string' ? { fill: s, stroke: undefined, width: undefined } : s;
      return `<path d="${svgPath(f.geometry, px, py)}" fill="${st.fill}" fill-rule="evenodd" stroke="${st.stroke ?? '#333'}" stroke-width="${st.width ?? 0.6}"/>`;
    }),
    ...labels.map(
      ([x, y, text]) =>
        `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="#c00"/><text x="${px(x) + 5}" y="${py(y) + 4}" font-family="DejaVu Sans" font-size="12">${text}</text>`,
    ),
    '</svg>',
  ];
  mkdirSync(dir, { recursive: true });
  const svgFile = path.join(dir, `${name}.svg`);
  writeFileSync(svgFile, parts.join('\n'));
  const r = spawnSync('rsvg-convert', ['-o', path.join(dir, `${name}.png`), svgFile]);
  console.log(
    `preview ${svgFile}${r.status === 0 ? ` and ${name}.png` : ' (no rsvg-convert: SVG only)'}`,
  );
}

/** The world, Europe and the Bering Strait; the article's regions over the country layer. */
export function writePreviews(
  dir: string,
  worldOut: Shape[],
  regions?: { features: RegionFeature[]; spec: RegionsSpec },
) {
  const byId = new Map(worldOut.map((f) => [f.id, f]));
  const palette = ['#f4e4b0', '#cfe3b4', '#f2c6a0', '#d9c8e8', '#bfd9e6', '#f0d0d8'];
  const colour = (f: Shape) =>
    f.id === '643'
      ? '#e8a0a0'
      : f.id === '840'
        ? '#a0b8e8'
        : f.id === '804'
          ? '#ffe066'
          : (palette[parseInt(String(f.id), 10) % palette.length] ?? '#ccc');
  writePreview(
    dir,
    'world',
    worldOut,
    [LON_MIN, LAT_MIN, LON_MAX, 84],
    2400,
    colour,
    [
      [210.107, 61.218, 'Anchorage'],
      [34.14, 44.47, 'Jalta'],
      [283.0, 38.9, 'Washington'],
      [46.72, 24.71, 'Riad'],
      [39.2, 21.5, 'Dschidda'],
    ],
    [
      [180, '180°'],
      [LON_MIN, ''],
      [LON_MAX, ''],
    ],
  );
  writePreview(dir, 'europe', worldOut, [-12, 34, 50, 71.5], 1000, colour, [
    [34.14, 44.47, 'Jalta'],
  ]);
  writePreview(
    dir,
    'bering',
    worldOut,
    [150, 50, 240, 75],
    1400,
    colour,
    [
      [210.107, 61.218, 'Anchorage'],
      [190.943, 65.781, 'Diomede'],
    ],
    [[180, '180°']],
  );
  if (!regions) return;
  const { features: regionsOut, spec } = regions;
  // One colour per claim, in the order of the claims' values; unclaimed regions pale yellow.
  const claimValues = [...new Set(regionsOut.map((f) => f.properties.claimed).filter(Boolean))];
  const regionColour = (f: Shape) =>
    ['#d9534f', '#f0ad4e', '#9b59b6'][
      claimValues.sort().indexOf((f as RegionFeature).properties.claimed)
    ] ?? '#fff3b0';
  const all = ringBounds(regionsOut.flatMap((f) => rings(f.geometry).flat()));
  const country = byId.get(spec.country.id)!;
  writePreview(
    dir,
    'regions',
    [...worldOut.filter((f) => f.id !== spec.country.id), ...regionsOut],
    [all[0] - 0.5, all[1] - 0.5, all[2] + 0.5, all[3] + 0.5],
    1600,
    (f) => (isoOf(f) ? regionColour(f) : '#e6e6e6'),
    regionsOut.map((f) => {
      const b = ringBounds(rings(f.geometry).flat());
      return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, f.properties.name];
    }),
  );
  // The country layer's outline over the regions, to see how far the two sources differ.
  writePreview(dir, 'regions-overlay', [...regionsOut, country], all, 1600, (f) =>
    isoOf(f) ? regionColour(f) : { fill: 'none', stroke: '#0057b7', width: 2 },
  );
}
