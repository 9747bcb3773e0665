import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { articleDir, articleIds } from '../../scripts/article.mjs';
import type { MapSpec } from '../../src/content/schema';
import {
  failed,
  regionChecks,
  type RegionFeature,
  type RegionsSpec,
} from '../../src/features/map/geography-checks';

/**
 * Every article folder of the repository passes the one judge of content, `npm run validate`
 * (schema, article text, fact sheets, provenance rules, palette, diagram), as its build would
 * run it: an article's data is checked for every folder, not on one article's ids.
 */
describe.each(articleIds())('the article "%s"', (id) => {
  it('passes the content validator', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', './scripts/article-hooks.mjs', 'scripts/validate-content.ts'],
      { env: { ...process.env, ARTICLE: id }, encoding: 'utf8' },
    );
    expect(result.stderr + result.stdout).toContain('Content is valid.');
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('the articles of the repository', () => {
  it('are more than one: the engine is tested on an article it was not written for', () => {
    expect(articleIds().length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * An article whose map has a claims layer carries its regions (geo/regions.topo.json, made by
 * scripts/build-geo.ts from geo/regions.source.json): the built file says what the spec says
 * and passes the checks it was built with, and every claim it flags has its key in the legend.
 */
describe.each(articleIds())('the regions of the article "%s"', (id) => {
  const dir = articleDir(id);
  const map = existsSync(`${dir}data/map.json`)
    ? (JSON.parse(readFileSync(`${dir}data/map.json`, 'utf8')) as MapSpec)
    : undefined;
  const claims = map?.layers.find((l) => l.kind === 'claims');

  it('are built as their spec names them, each claim with its key', () => {
    const topoFile = `${dir}geo/regions.topo.json`;
    if (!claims) {
      expect(existsSync(topoFile), 'regions without a claims layer to draw them').toBe(false);
      return;
    }
    const spec = JSON.parse(readFileSync(`${dir}geo/regions.source.json`, 'utf8')) as RegionsSpec;
    const topo = JSON.parse(readFileSync(topoFile, 'utf8')) as Topology<{
      regions: GeometryCollection<{ iso: string; name: string; claimed?: string }>;
    }>;
    const built = topo.objects.regions.geometries.map(
      (g) => g.properties as { iso: string; name: string; claimed?: string },
    );
    expect(
      Object.fromEntries(built.map((p) => [p.iso, { name: p.name, claimed: p.claimed }])),
    ).toEqual(
      Object.fromEntries(
        Object.entries(spec.regions).map(([iso, r]) => [iso, { name: r.name, claimed: r.claimed }]),
      ),
    );
    const features = feature(topo, topo.objects.regions).features as RegionFeature[];
    expect(failed(regionChecks(features, spec))).toEqual([]);
    const keys = new Set(claims.kind === 'claims' ? claims.keys.map((k) => k.claimed) : []);
    expect([...new Set(built.flatMap((p) => (p.claimed ? [p.claimed] : [])))].sort()).toEqual(
      [...keys].sort(),
    );
  });
});
