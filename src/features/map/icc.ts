/**
 * The Rome-Statute layer's data, read from the checked record (icc-states-parties.json, as of
 * 15 August 2025). Only the two lists the map needs are imported, so the notes stay out of the chunk.
 */
import {
  parties,
  small_parties_ne50m as smallParties,
} from '@article/record/icc-states-parties.json';
import { shiftLon } from './map-model';

/** Åland (248) is a separate feature in the atlas but part of Finland (246): coloured like it. */
const PART_OF: Readonly<Record<string, string>> = { '248': '246' };

/** Parties whose polygons are too small to see get a point; these are the map's lowest latitude. */
const MAP_SOUTH = 8;

/** ISO numeric ids (3-digit strings, as the atlas's feature ids) of the states parties. */
export const partyIds: ReadonlySet<string> = new Set(parties.map((p) => p.iso_n3));

/** Whether a country feature of the atlas belongs to a state party. */
export function isParty(featureId: string | number | undefined): boolean {
  if (featureId === undefined) return false;
  const id = String(featureId);
  return partyIds.has(id) || partyIds.has(PART_OF[id] ?? '');
}

export interface PartyPoint {
  iso: string;
  name: string;
  lat: number;
  lon: number;
}

/**
 * Parties too small to see as polygons (`small_parties_ne50m`), as points in map coordinates; only
 * those inside the bundled geography's extent (north of 8° N), as the map shows nothing further south.
 */
export const smallPartyPoints: readonly PartyPoint[] = smallParties
  .map(({ iso_a3, name, marker_lonlat: [lon = 0, lat = 0] }) => ({
    iso: iso_a3,
    name,
    lat,
    lon: shiftLon(lon),
  }))
  .filter((p) => p.lat >= MAP_SOUTH);
