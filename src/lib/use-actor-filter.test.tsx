import { act, render } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseActorFilter, useActorFilter, withActorFilter } from './use-actor-filter';

type Filter = ReturnType<typeof useActorFilter>;

/** The address follows a choice once its frame is painted. */
const addressFollows = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A reader's choice, and the address that follows it. */
async function choose(run: () => void) {
  await act(async () => {
    run();
    await addressFollows();
  });
}

/** Renders the hook under a router and records, per render, the filter and the address. */
function renderFilter(url = '/') {
  const renders: { selected: string[]; search: string }[] = [];
  const api: { filter?: Filter; navigate?: NavigateFunction; state?: unknown } = {};
  function Probe() {
    const filter = useActorFilter();
    const location = useLocation();
    const { search } = location;
    api.filter = filter;
    api.state = location.state as unknown;
    api.navigate = useNavigate();
    renders.push({ selected: filter.selected, search });
    return null;
  }
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  );
  return { renders, api: api as Required<typeof api> };
}

describe('useActorFilter', () => {
  it('a reader of the address alone (ahead: false) renders the choice only with the new address', async () => {
    const behind: { selected: string[]; search: string }[] = [];
    function Behind() {
      const { selected } = useActorFilter({ ahead: false });
      behind.push({ selected, search: useLocation().search });
      return null;
    }
    let toggle: (id: string) => void = () => {};
    function Chips() {
      toggle = useActorFilter().toggle;
      return null;
    }
    render(
      <MemoryRouter initialEntries={['/']}>
        <Chips />
        <Behind />
      </MemoryRouter>,
    );
    const before = behind.length;
    await choose(() => toggle('ukraine'));
    // Not rendered in the click's own task with the old address: only once the router has it.
    expect(behind.slice(before)).toEqual([{ selected: ['ukraine'], search: '?akteur=ukraine' }]);
  });

  it('shows a choice at once, in a render before the router has taken the new address', async () => {
    const { renders, api } = renderFilter('/');
    await choose(() => api.filter.toggle('ukraine'));
    // Without the choice shown ahead, the first render with Ukraine would be the router's.
    expect(renders).toContainEqual({ selected: ['ukraine'], search: '' });
    expect(renders.at(-1)).toEqual({ selected: ['ukraine'], search: '?akteur=ukraine' });
  });

  it('back and forward return to the filter of each address, the first one included', async () => {
    const { renders, api } = renderFilter('/');
    await choose(() => api.filter.toggle('ukraine'));
    await choose(() => api.filter.toggle('eu'));
    expect(renders.at(-1)?.selected).toEqual(['ukraine', 'eu']);
    act(() => void api.navigate(-1));
    expect(renders.at(-1)).toEqual({ selected: ['ukraine'], search: '?akteur=ukraine' });
    act(() => void api.navigate(-1));
    expect(renders.at(-1)).toEqual({ selected: [], search: '' });
    act(() => void api.navigate(1));
    expect(renders.at(-1)).toEqual({ selected: ['ukraine'], search: '?akteur=ukraine' });
  });

  it('writes the address after the frame that shows the choice, once for choices made before it', async () => {
    const { renders, api } = renderFilter('/');
    act(() => api.filter.toggle('ukraine'));
    // Shown at once; the address has not changed yet.
    expect(renders.at(-1)).toEqual({ selected: ['ukraine'], search: '' });
    act(() => api.filter.toggle('eu'));
    expect(renders.at(-1)).toEqual({ selected: ['ukraine', 'eu'], search: '' });
    await act(addressFollows);
    expect(renders.at(-1)).toEqual({ selected: ['ukraine', 'eu'], search: '?akteur=ukraine,eu' });
    // One history entry for both: back returns to the address before them.
    act(() => void api.navigate(-1));
    expect(renders.at(-1)).toEqual({ selected: [], search: '' });
  });

  it('holds a choice while the entry of an earlier one arrives late', async () => {
    const { renders, api } = renderFilter('/');
    await choose(() => api.filter.toggle('ukraine'));
    const earlier = api.state;
    act(() => api.filter.toggle('eu'));
    // The earlier choice's entry lands again after the later choice was made (a slow router).
    act(() => void api.navigate('/?akteur=ukraine', { state: earlier }));
    expect(renders.at(-1)).toEqual({ selected: ['ukraine', 'eu'], search: '?akteur=ukraine' });
    await act(addressFollows);
    expect(renders.at(-1)).toEqual({ selected: ['ukraine', 'eu'], search: '?akteur=ukraine,eu' });
  });

  it('writes no address for a choice when the reader has left the page before its frame', async () => {
    const { renders, api } = renderFilter('/');
    act(() => api.filter.toggle('ukraine'));
    window.history.pushState(null, '', '/elsewhere');
    try {
      await act(addressFollows);
      expect(renders.at(-1)?.search).toBe('');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('keeps the same selection while other parameters of the address change', () => {
    const { renders, api } = renderFilter('/karte?akteur=eu');
    const before = renders.at(-1)!.selected;
    act(() => void api.navigate('/karte?akteur=eu&ort=kyiv'));
    expect(renders.at(-1)!.search).toBe('?akteur=eu&ort=kyiv');
    expect(renders.at(-1)!.selected).toBe(before);
  });
});

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
