import { describe, expect, it } from 'vitest';
import { parseSelection, withSelection } from './selection';

describe('the diagram selection in the URL', () => {
  it('reads a node or a relation', () => {
    expect(parseSelection('?knoten=ukraine')).toEqual({ current: { type: 'node', id: 'ukraine' } });
    expect(parseSelection('?beziehung=russland-krieg-ukraine&akteur=eu')).toEqual({
      current: { type: 'relation', id: 'russland-krieg-ukraine' },
    });
  });

  it('ignores an unknown id and says which one it was, shortened', () => {
    expect(parseSelection('?knoten=atlantis')).toEqual({
      unknown: { type: 'node', id: 'atlantis' },
    });
    const long = 'x'.repeat(60);
    expect(parseSelection(`?beziehung=${long}`).unknown?.id).toBe(`${'x'.repeat(40)}…`);
  });

  it('prefers the node when a link names both', () => {
    expect(parseSelection('?knoten=eu&beziehung=russland-krieg-ukraine').current).toEqual({
      type: 'node',
      id: 'eu',
    });
  });

  it('replaces the selection and keeps the actor filter', () => {
    expect(withSelection('?akteur=ukraine,eu', { type: 'node', id: 'usa' })).toBe(
      '?akteur=ukraine,eu&knoten=usa',
    );
    expect(
      withSelection('?knoten=usa&akteur=eu', { type: 'relation', id: 'eu-trump-garantien' }),
    ).toBe('?akteur=eu&beziehung=eu-trump-garantien');
    expect(withSelection('?knoten=usa', null)).toBe('');
  });
});
