import { describe, expect, it } from 'vitest';
import { parseActorFilter, withActorFilter } from './use-actor-filter';

describe('the actor filter in the URL', () => {
  it('keeps known actors in a fixed order and reports unknown ones', () => {
    expect(parseActorFilter('?akteur=EU,ukraine,mars,eu')).toEqual({
      selected: ['ukraine', 'eu'],
      unknown: ['mars'],
    });
  });

  it('does not let persons or malformed values in, and shortens very long ones', () => {
    const long = 'x'.repeat(10_000);
    const state = parseActorFilter(`?akteur=trump,<script>,${long}`);
    expect(state.selected).toEqual([]);
    expect(state.unknown).toEqual(['trump', '<script>', `${'x'.repeat(40)}…`]);
  });

  it('writes readable URLs and keeps other parameters', () => {
    expect(withActorFilter('?ort=kyiv', ['ukraine', 'eu'])).toBe('?ort=kyiv&akteur=ukraine,eu');
    expect(withActorFilter('?akteur=eu', [])).toBe('');
  });
});
