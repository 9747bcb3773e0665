import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptPrintBlock, preparePrint } from './print-block';

const storyHtml = `<!doctype html><html><head>
<style media="print">@media print{#einleitung{order:1}}</style><style>.screen{}</style>
</head><body><div id="root"><main>Artikel</main></div>
<div id="druck" class="druck" hidden><figure data-zu="naehe"><img src="/druck/naehe.svg" alt="Zeitleiste" loading="lazy"></figure></div>
</body></html>`;

function serve(body: string, ok = true) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(body, { status: ok ? 200 : 404 })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.getElementById('druck')?.remove();
  document.head.querySelectorAll('style[media="print"]').forEach((s) => s.remove());
});

describe('adoptPrintBlock', () => {
  it('adopts the print block and its print-only order rules from the story’s HTML', async () => {
    const fetchMock = serve(storyHtml);
    await adoptPrintBlock('/');
    expect(fetchMock).toHaveBeenCalledWith('/', { credentials: 'same-origin' });
    const block = document.getElementById('druck')!;
    expect(block.hidden).toBe(true);
    expect(block.querySelector('img')?.getAttribute('src')).toBe('/druck/naehe.svg');
    expect(block.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    const styles = document.head.querySelectorAll('style[media="print"]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('#einleitung{order:1}');
    // Only the print block, not the page's app or screen styles.
    expect(document.body.textContent).not.toContain('Artikel');
  });

  it('does nothing when the page has the block already, and adopts it only once', async () => {
    const fetchMock = serve(storyHtml);
    await Promise.all([adoptPrintBlock('/'), adoptPrintBlock('/')]);
    expect(document.querySelectorAll('#druck')).toHaveLength(1);
    expect(document.head.querySelectorAll('style[media="print"]')).toHaveLength(1);
    await adoptPrintBlock('/');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('leaves the page alone when the story cannot be fetched or has no block', async () => {
    serve(storyHtml, false);
    await adoptPrintBlock('/');
    expect(document.getElementById('druck')).toBeNull();
    serve('<!doctype html><html><body><div id="root"></div></body></html>');
    await adoptPrintBlock('/');
    expect(document.getElementById('druck')).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await expect(adoptPrintBlock('/')).resolves.toBeUndefined();
    expect(document.getElementById('druck')).toBeNull();
  });

  it('readies the pictures for paper: fetched now, instead of lazily when printing starts', async () => {
    serve(storyHtml);
    await preparePrint('/');
    const img = document.querySelector<HTMLImageElement>('#druck img')!;
    expect(img.loading).toBe('eager');
    // A page that has its block already is not fetched again.
    const fetchMock = serve(storyHtml);
    img.loading = 'lazy';
    await preparePrint('/');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(img.loading).toBe('eager');
  });
});
