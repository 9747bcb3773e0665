import { describe, expect, it } from 'vitest';
import { parties } from '@article/record/icc-states-parties.json';
import { loadCountries } from './geo';
import { EU_MEMBERS as EU } from './geography-checks';
import { isParty, partyIds, smallPartyPoints } from './icc';

/** Parties that lie entirely south of 8° N, outside the bundled geography. */
const SOUTH_OF_THE_MAP = [
  'ARG',
  'AUS',
  'BOL',
  'BWA',
  'BRA',
  'CHL',
  'COM',
  'COG',
  'COK',
  'COD',
  'ECU',
  'FJI',
  'GAB',
  'KEN',
  'KIR',
  'LSO',
  'MDG',
  'MWI',
  'MDV',
  'MUS',
  'NAM',
  'NRU',
  'NZL',
  'PRY',
  'PER',
  'WSM',
  'SYC',
  'ZAF',
  'SUR',
  'TLS',
  'UGA',
  'TZA',
  'URY',
  'VUT',
  'ZMB',
];

describe('the Rome-Statute layer', () => {
  it('has the 125 parties of 15 August 2025', () => {
    expect(partyIds.size).toBe(125);
  });

  it('leaves the USA and Russia out and colours Canada, Ukraine and every EU state', () => {
    expect(isParty('840')).toBe(false);
    expect(isParty('643')).toBe(false);
    expect(isParty('124')).toBe(true);
    expect(isParty('804')).toBe(true);
    for (const id of EU) expect(isParty(id), id).toBe(true);
  });

  it('colours Åland like Finland and leaves unchecked territories such as Greenland alone', () => {
    expect(isParty('248')).toBe(true);
    expect(isParty('304')).toBe(false);
    expect(isParty('-1')).toBe(false);
    expect(isParty(undefined)).toBe(false);
  });

  it('draws every party north of 8° N: as a polygon, or as a point if it has none', async () => {
    const countries = await loadCountries();
    const drawn = new Set(countries.features.filter((f) => isParty(f.id)).map((f) => String(f.id)));
    const pointed = new Set(smallPartyPoints.map((p) => p.iso));
    const missing = parties
      .filter((p) => !drawn.has(p.iso_n3) && !pointed.has(p.iso_a3))
      .map((p) => p.iso_a3);
    expect(missing.sort()).toEqual([...SOUTH_OF_THE_MAP].sort());
    // The Marshall Islands have no polygon at this scale: their point is drawn.
    expect(drawn.has('584')).toBe(false);
    expect(pointed.has('MHL')).toBe(true);
  });

  it('puts the points of small parties in map coordinates, inside the map', () => {
    const stKitts = smallPartyPoints.find((p) => p.iso === 'KNA')!;
    expect(stKitts.lon).toBeCloseTo(297.25);
    for (const p of smallPartyPoints) {
      expect(p.lat).toBeGreaterThanOrEqual(8);
      expect(p.lon).toBeGreaterThanOrEqual(-30);
      expect(p.lon).toBeLessThanOrEqual(330);
    }
  });
});
