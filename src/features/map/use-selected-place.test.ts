import { describe, expect, it } from 'vitest';
import { parseSelectedPlace, withSelectedPlace } from './use-selected-place';

describe('the open place in the URL', () => {
  it('reads a known place and reports an unknown one, shortened', () => {
    expect(parseSelectedPlace('?ort=jber')).toEqual({ selected: 'jber' });
    expect(parseSelectedPlace('?ort=atlantis')).toEqual({ unknown: 'atlantis' });
    expect(parseSelectedPlace(`?ort=${'x'.repeat(100)}`)).toEqual({
      unknown: `${'x'.repeat(40)}…`,
    });
    expect(parseSelectedPlace('?ort=')).toEqual({});
    expect(parseSelectedPlace('?akteur=usa')).toEqual({});
  });

  it('is written beside the actor filter, which stays readable, and removed on close', () => {
    expect(withSelectedPlace('?akteur=usa,eu', 'kyiv')).toBe('?akteur=usa,eu&ort=kyiv');
    expect(withSelectedPlace('?akteur=usa,eu&ort=kyiv', undefined)).toBe('?akteur=usa,eu');
    expect(withSelectedPlace('?ort=kyiv', undefined)).toBe('');
  });
});
