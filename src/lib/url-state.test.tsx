import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import {
  MemoryRouter,
  StaticRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
} from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  idIn,
  keepScroll,
  keepsScroll,
  paramOf,
  readingHash,
  replaceReadingHash,
  shorten,
  useIdParam,
  useUrlParams,
  withParams,
  withParamsOf,
} from './url-state';

describe('parameters in a search string', () => {
  it('reads a value, decoding what the browser escaped, and nothing for a missing one', () => {
    expect(paramOf('?akteur=ukraine%2Ceu&ort=kyiv', 'akteur')).toBe('ukraine,eu');
    expect(paramOf('?ort=kyiv', 'akteur')).toBe('');
    expect(paramOf('', 'ort')).toBe('');
  });

  it('writes a list with plain commas, and escapes what would break the address', () => {
    expect(withParams('', { akteur: 'ukraine,eu' })).toBe('?akteur=ukraine,eu');
    expect(withParams('?akteur=ukraine%2Ceu', { ort: 'kyiv' })).toBe('?akteur=ukraine,eu&ort=kyiv');
    expect(withParams('', { ort: 'a&b=c #d' })).toBe('?ort=a%26b%3Dc+%23d');
    // What is written is read back as it was.
    expect(paramOf(withParams('', { ort: 'a&b=c #d,e' }), 'ort')).toBe('a&b=c #d,e');
  });

  it('changes a parameter where it stands, keeps the others and removes an emptied one', () => {
    expect(withParams('?ort=kyiv&akteur=eu', { ort: 'jber' })).toBe('?ort=jber&akteur=eu');
    expect(withParams('?ort=kyiv&akteur=eu', { ort: undefined })).toBe('?akteur=eu');
    expect(withParams('?akteur=eu', { akteur: '' })).toBe('');
    expect(withParams('?akteur=eu', { knoten: null })).toBe('?akteur=eu');
  });

  it('carries the named parameters over to an internal link, its query and anchor kept', () => {
    const search = '?akteur=ukraine,eu&ort=kyiv';
    expect(withParamsOf('/chronik', search, ['akteur'])).toBe('/chronik?akteur=ukraine,eu');
    expect(withParamsOf('/karte?ort=jber', search, ['akteur'])).toBe(
      '/karte?ort=jber&akteur=ukraine,eu',
    );
    expect(withParamsOf('/quellen#fakt-1', search, ['akteur'])).toBe(
      '/quellen?akteur=ukraine,eu#fakt-1',
    );
    // Without the parameter the link stays exactly as it was written.
    expect(withParamsOf('/karte?ort=a%2Cb', '?ort=kyiv', ['akteur'])).toBe('/karte?ort=a%2Cb');
  });
});

describe('a parameter naming one thing', () => {
  const known = new Set(['kyiv', 'jber']);

  it('names a known id, ignoring white space around it', () => {
    expect(idIn('kyiv', known)).toEqual({ selected: 'kyiv' });
    expect(idIn('  jber ', known)).toEqual({ selected: 'jber' });
    expect(idIn('', known)).toEqual({});
    expect(idIn('   ', known)).toEqual({});
  });

  it('reports an unknown one for the note, cut at 40 characters', () => {
    expect(idIn('atlantis', known)).toEqual({ unknown: 'atlantis' });
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(idIn(`<script>${'y'.repeat(10_000)}`, known)).toEqual({
      unknown: `<script>${'y'.repeat(32)}…`,
    });
  });
});

describe('the state of an entry that changes parameters', () => {
  it('keeps the scroll position, and nothing else does', () => {
    expect(keepsScroll(keepScroll)).toBe(true);
    expect(keepsScroll({ ...keepScroll, choice: 3 })).toBe(true);
    expect(keepsScroll({ keepScroll: 'yes' })).toBe(false);
    expect(keepsScroll({})).toBe(false);
    expect(keepsScroll(null)).toBe(false);
    expect(keepsScroll('keepScroll')).toBe(false);
  });
});

/** What one render saw: the reader's search, and the router's address and kind of navigation. */
interface Seen {
  search: string;
  address: string;
  type: string;
  state: unknown;
}

/** Under a memory router at `url`, as the app's router would hold it. */
const routerAt =
  (url: string) =>
  ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );

/** Renders a reader of the address; `seen` records what each of its renders saw. */
function renderParams(url: string, { ahead = false } = {}) {
  const seen: Seen[] = [];
  const { result } = renderHook(
    () => {
      const params = useUrlParams({ ahead });
      const { pathname, search, hash, state } = useLocation() as Location<unknown>;
      const type = useNavigationType();
      seen.push({ search: params.search, address: `${pathname}${search}${hash}`, type, state });
      return { params, navigate: useNavigate() };
    },
    { wrapper: routerAt(url) },
  );
  return { seen, api: result };
}

/** A choice made `ahead` is written once its frame has been painted. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('useUrlParams', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('reads no parameters where the HTML is made: it hydrates as prerendered', () => {
    let search: string | undefined;
    function Reader() {
      search = useUrlParams().search;
      return null;
    }
    renderToString(
      <StaticRouter location="/karte?ort=kyiv&akteur=eu">
        <Reader />
      </StaticRouter>,
    );
    expect(search).toBe('');
    // Nor does the reading position exist there.
    vi.stubGlobal('window', undefined);
    try {
      expect(readingHash()).toBe('');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads the address once hydrated', () => {
    const { seen } = renderParams('/karte?ort=kyiv');
    expect(seen.at(-1)?.search).toBe('?ort=kyiv');
  });

  it('makes a change of parameters a history entry that keeps the scroll, and back undoes it', () => {
    const { seen, api } = renderParams('/karte?akteur=eu');
    act(() => api.current.params.setParams((search) => withParams(search, { ort: 'kyiv' })));
    expect(seen.at(-1)).toMatchObject({
      search: '?akteur=eu&ort=kyiv',
      address: '/karte?akteur=eu&ort=kyiv',
      type: 'PUSH',
    });
    expect(keepsScroll(seen.at(-1)!.state)).toBe(true);
    act(() => api.current.params.setParams((search) => withParams(search, { ort: undefined })));
    expect(seen.at(-1)).toMatchObject({ address: '/karte?akteur=eu', type: 'PUSH' });
    act(() => void api.current.navigate(-1));
    expect(seen.at(-1)).toMatchObject({ address: '/karte?akteur=eu&ort=kyiv', type: 'POP' });
    act(() => void api.current.navigate(-1));
    expect(seen.at(-1)).toMatchObject({ address: '/karte?akteur=eu', type: 'POP' });
  });

  it('keeps the section being read, which the router has not seen, unless told otherwise', () => {
    const { seen, api } = renderParams('/');
    const entries = window.history.length;
    act(() => replaceReadingHash('#europas-sorge'));
    // The reading position is no history entry, and no navigation of the router.
    expect(window.history.length).toBe(entries);
    expect(window.location.hash).toBe('#europas-sorge');
    expect(readingHash()).toBe('#europas-sorge');
    expect(seen.at(-1)?.address).toBe('/');
    act(() => api.current.params.setParams((search) => withParams(search, { ort: 'kyiv' })));
    expect(seen.at(-1)?.address).toBe('/?ort=kyiv#europas-sorge');
    act(() =>
      api.current.params.setParams((search) => withParams(search, { ort: 'jber' }), {
        keepHash: false,
      }),
    );
    expect(seen.at(-1)?.address).toBe('/?ort=jber');
  });

  it('gives a link to the same page with the parameters changed', () => {
    const { api } = renderParams('/akteure?akteur=eu#x');
    expect(api.current.params.linkWith((search) => withParams(search, { knoten: 'usa' }))).toEqual({
      pathname: '/akteure',
      search: '?akteur=eu&knoten=usa',
    });
  });

  it('shows a choice made ahead at once to its readers, and writes one entry after the frame', async () => {
    const { seen, api } = renderParams('/?ort=kyiv', { ahead: true });
    act(() => api.current.params.chooseParams((s) => withParams(s, { akteur: 'ukraine' })));
    expect(seen.at(-1)).toMatchObject({
      search: '?ort=kyiv&akteur=ukraine',
      address: '/?ort=kyiv',
    });
    act(() => api.current.params.chooseParams((s) => withParams(s, { akteur: 'ukraine,eu' })));
    expect(seen.at(-1)).toMatchObject({
      search: '?ort=kyiv&akteur=ukraine,eu',
      address: '/?ort=kyiv',
    });
    await act(afterPaint);
    expect(seen.at(-1)).toMatchObject({
      search: '?ort=kyiv&akteur=ukraine,eu',
      address: '/?ort=kyiv&akteur=ukraine,eu',
      type: 'PUSH',
    });
    expect(keepsScroll(seen.at(-1)!.state)).toBe(true);
    act(() => void api.current.navigate(-1));
    expect(seen.at(-1)).toMatchObject({ search: '?ort=kyiv', address: '/?ort=kyiv' });
  });

  it('leaves a reader of the address alone behind the choice until the router has it', async () => {
    const { seen, api } = renderParams('/');
    const before = seen.length;
    act(() => api.current.params.chooseParams((s) => withParams(s, { akteur: 'eu' })));
    expect(seen.slice(before).map((s) => s.search)).not.toContain('?akteur=eu');
    await act(afterPaint);
    expect(seen.at(-1)).toMatchObject({ search: '?akteur=eu', address: '/?akteur=eu' });
  });
});

describe('useIdParam', () => {
  const known = new Set(['kyiv', 'jber']);

  function renderIdParam(url: string) {
    const { result } = renderHook(
      () => {
        const { pathname, search } = useLocation();
        const place = useIdParam('ort', known);
        return { place, address: `${pathname}${search}`, navigate: useNavigate() };
      },
      { wrapper: routerAt(url) },
    );
    return result;
  }

  it('opens and closes the thing it names, the other parameters kept', () => {
    const api = renderIdParam('/karte?akteur=usa,eu');
    expect(api.current.place.selected).toBeUndefined();
    act(() => api.current.place.select('kyiv'));
    expect(api.current.place.selected).toBe('kyiv');
    expect(api.current.address).toBe('/karte?akteur=usa,eu&ort=kyiv');
    act(() => api.current.place.select(undefined));
    expect(api.current.address).toBe('/karte?akteur=usa,eu');
  });

  it('keeps the same select while only the hash changes, so what it is passed to need not redraw', () => {
    const api = renderIdParam('/?ort=kyiv');
    const { select } = api.current.place;
    act(() => void api.current.navigate('/?ort=kyiv#europas-sorge'));
    expect(api.current.place.select).toBe(select);
    act(() => void api.current.navigate('/?ort=jber#europas-sorge'));
    expect(api.current.place.select).not.toBe(select);
  });

  it('reports an unknown id from a link, shortened', () => {
    const api = renderIdParam(`/karte?ort=${'z'.repeat(60)}`);
    expect(api.current.place).toMatchObject({ unknown: `${'z'.repeat(40)}…` });
    expect(api.current.place.selected).toBeUndefined();
  });
});
