import { describe, expect, it } from 'vitest';
import { claimedRegionLabels, loadCountries, loadRegions } from './geo';

describe('the bundled geography', () => {
  it('decodes the countries once, with ISO numeric ids', async () => {
    const countries = await loadCountries();
    expect(await loadCountries()).toBe(countries);
    const ids = new Set(countries.features.map((f) => String(f.id)));
    for (const id of ['840', '643', '804', '124', '248']) expect(ids).toContain(id);
    expect(countries.features.every((f) => /Polygon/.test(f.geometry.type))).toBe(true);
  });

  it('flags the six regions Russia claims: two since 2014, four since 2022', async () => {
    const regions = await loadRegions();
    expect(regions.features).toHaveLength(27);
    const claimed = regions.features.filter((f) => f.properties.claimed);
    expect(claimed.map((f) => `${f.properties.iso}:${f.properties.claimed}`).sort()).toEqual([
      'UA-09:2022',
      'UA-14:2022',
      'UA-23:2022',
      'UA-40:2014',
      'UA-43:2014',
      'UA-65:2022',
    ]);
  });

  it('labels the claimed regions large enough to carry a name, inside Ukraine', async () => {
    const labels = claimedRegionLabels(await loadRegions());
    expect(labels.map((l) => l.text).sort()).toEqual([
      'Cherson',
      'Donezk',
      'Krim',
      'Luhansk',
      'Saporischschja',
    ]);
    for (const label of labels) {
      expect(label.lon).toBeGreaterThan(22);
      expect(label.lon).toBeLessThan(41);
      expect(label.lat).toBeGreaterThan(44);
      expect(label.lat).toBeLessThan(52.5);
    }
  });
});
