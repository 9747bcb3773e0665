import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { phases, resolvePhases } from './phases';

describe('the phases', () => {
  it('take their dates from the events they name, never from typed dates', () => {
    const resolved = resolvePhases(content);
    expect(resolved.map((p) => p.id)).toEqual(phases.map((p) => p.id));
    for (const phase of resolved) {
      expect(phase.startDate).toBe(content.eventById.get(phase.start)?.date);
      if (phase.end) expect(phase.endDate).toBe(content.eventById.get(phase.end)?.date);
      else expect(phase.endDate).toBeUndefined();
      expect(phase.label).not.toBe('');
    }
  });

  it('fails loudly when a phase names an event that does not exist', () => {
    expect(() =>
      resolvePhases(content, [
        { id: 'x', label: 'X', shortLabel: 'X', start: 'gibt-es-nicht', events: [] },
      ]),
    ).toThrow(/unknown event "gibt-es-nicht"/);
  });

  it('lets phases that follow each other share a row, and stacks the overlapping ones', () => {
    const rows = Object.fromEntries(resolvePhases(content).map((p) => [p.id, p.row]));
    // The Donbas war ends the day the full-scale invasion begins; the diplomacy of 2025 runs
    // while the war goes on.
    expect(rows['krim-und-donbas']).toBe(rows['grossangriff']);
    expect(rows['diplomatie-2025']).not.toBe(rows['grossangriff']);
  });
});
