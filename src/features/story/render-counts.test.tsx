/**
 * What a filter toggle and a change of the reading position render again. The text, the table
 * of contents and the epilogue do not depend on either (the stylesheet shows the filter, see
 * annotated-paragraph.tsx); the panel's view renders once per state it shows.
 */
import { lazy } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisualProps } from '../../app/visuals';
import type * as PopoverModule from '../../components/facts/popover';
import type * as TocModule from './table-of-contents';

/** Renders per trigger of the fact popovers, by where they sit (text, panel, epilogue). */
const triggerRenders = new Map<string, number>();
const tocRenders = { count: 0 };

vi.mock('../../components/facts/popover', async (importOriginal) => {
  const original = await importOriginal<typeof PopoverModule>();
  function CountingTrigger(props: Parameters<typeof original.FactTrigger>[0]) {
    const where = props.popoverKey.split(':')[0]!;
    triggerRenders.set(where, (triggerRenders.get(where) ?? 0) + 1);
    return original.FactTrigger(props);
  }
  return { ...original, FactTrigger: CountingTrigger };
});

vi.mock('./table-of-contents', async (importOriginal) => {
  const original = await importOriginal<typeof TocModule>();
  return {
    TableOfContents: () => {
      tocRenders.count++;
      return original.TableOfContents();
    },
  };
});

const { StoryPage } = await import('./story-page');
const { PopoverProvider } = await import('../../components/facts/popover');
const { setActiveStep, resetScrollSpeed } = await import('./active-step');

/** A stand-in for the lazy views: it records the props of every render. */
const viewRenders: VisualProps[] = [];
function FakeView(props: VisualProps) {
  viewRenders.push(props);
  return <p data-testid="view">{`${props.sectionId}: ${props.selected.join(',')}`}</p>;
}
const fakeView = lazy(() => Promise.resolve({ default: FakeView }));
const views = { karte: fakeView, chronik: fakeView, akteure: fakeView };

function renderStory() {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/']}>
      <PopoverProvider>
        <StoryPage views={views} />
      </PopoverProvider>
    </MemoryRouter>,
  );
  return user;
}

/** Waits until the panel's view shows the section (and filter, `section: actors`). */
async function viewShows(sectionId: string) {
  await waitFor(() =>
    expect(screen.getByTestId('view')).toHaveTextContent(
      sectionId.includes(':') ? sectionId : `${sectionId}:`,
    ),
  );
}

const counts = (): Record<string, number> => ({
  ...Object.fromEntries(triggerRenders),
  toc: tocRenders.count,
});

beforeEach(() => {
  resetScrollSpeed();
  triggerRenders.clear();
  tocRenders.count = 0;
  viewRenders.length = 0;
});

describe('what re-renders', () => {
  it('a filter toggle changes the story root, and renders no paragraph, mention or epilogue entry again', async () => {
    const user = renderStory();
    const before = counts();
    expect(before.text).toBeGreaterThan(40);
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await user.click(within(panel).getByRole('button', { name: 'Ukraine', pressed: false }));
    expect(document.querySelector('.story')).toHaveAttribute('data-filter', 'ukraine');
    await user.click(within(panel).getByRole('button', { name: 'EU', pressed: false }));
    await user.click(within(panel).getByRole('button', { name: 'Filter aufheben' }));
    expect(document.querySelector('.story')).not.toHaveAttribute('data-filter');
    // Not one mention in the text or the epilogue, not the panel's items, not the contents.
    expect(counts()).toEqual(before);
  });

  it('a new reading position renders the panel and the contents, not the text', async () => {
    renderStory();
    const before = counts();
    act(() => setActiveStep({ section: 'naehe-und-misstrauen', step: null }));
    await viewShows('naehe-und-misstrauen');
    act(() => setActiveStep({ section: 'naehe-und-misstrauen', step: 'naehe-und-misstrauen-2' }));
    await waitFor(() => expect(viewRenders.at(-1)?.visual.events).toContain('summit-agreed'));
    act(() => setActiveStep({ section: 'ohne-die-ukraine', step: null }));
    await viewShows('ohne-die-ukraine');
    const after = counts();
    expect(after.text).toBe(before.text);
    expect(after.epilog).toBe(before.epilog);
    expect(after.toc).toBe(before.toc! + 3);
    // The context card shows each state once (its items are a handful, not the article).
    expect(after.panel! - before.panel!).toBeLessThan(40);
  });

  it('a reader scrolling past sections builds no view for them', async () => {
    renderStory();
    act(() => setActiveStep({ section: 'naehe-und-misstrauen', step: null }));
    act(() => setActiveStep({ section: 'ohne-die-ukraine', step: null }));
    act(() => setActiveStep({ section: 'europas-sorge', step: null }));
    // The table of contents follows at once; the panel once the position rests.
    expect(
      screen
        .getByRole('navigation', { name: 'Inhaltsverzeichnis' })
        .querySelector('[aria-current]'),
    ).toHaveAttribute('href', '#europas-sorge');
    await viewShows('europas-sorge');
    expect(new Set(viewRenders.map((r) => r.sectionId))).toEqual(new Set(['europas-sorge']));
  });

  it('a reader flicking through builds no view while the page moves fast, however long a section takes to pass', async () => {
    let y = 0;
    Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
    try {
      renderStory();
      /** Scroll events at 2.5 px/ms (a flick) for `ms`, one a frame. */
      const flick = async (ms: number) => {
        const end = performance.now() + ms;
        while (performance.now() < end) {
          y += 40;
          window.dispatchEvent(new Event('scroll'));
          await new Promise((resolve) => setTimeout(resolve, 16));
        }
      };
      act(() => setActiveStep({ section: 'naehe-und-misstrauen', step: null }));
      await act(() => flick(450));
      act(() => setActiveStep({ section: 'ohne-die-ukraine', step: null }));
      await act(() => flick(450));
      // Each section stayed on the reading line three times as long as a rest, but the page moved.
      expect(viewRenders).toEqual([]);
      // The reader stops: the panel follows to where they are.
      await viewShows('ohne-die-ukraine');
      expect(new Set(viewRenders.map((r) => r.sectionId))).toEqual(new Set(['ohne-die-ukraine']));
    } finally {
      Reflect.deleteProperty(window, 'scrollY');
    }
  });

  it('a fast scroll fetches no view for the sections it passes, and the next one where it rests', async () => {
    // The network is gone: every fetch ahead of need fails, and each failure is handled (the
    // view asks again when it is shown), never left to the page as an unhandled rejection.
    let unhandled = 0;
    const offline = () => {
      unhandled++;
      const failed = Promise.reject(new Error('no network'));
      failed.catch(() => {}); // this test's own handle; the panel must add its own
      return {
        then: (ok: unknown, fail?: unknown) => {
          if (typeof fail === 'function') unhandled--;
          return failed.then(ok as () => void, fail as () => void);
        },
        catch: (fail: () => void) => {
          unhandled--;
          return failed.catch(fail);
        },
      } as unknown as Promise<never>;
    };
    const prefetch = { karte: vi.fn(offline), chronik: vi.fn(offline), akteure: vi.fn(offline) };
    render(
      <MemoryRouter initialEntries={['/']}>
        <PopoverProvider>
          <StoryPage views={views} prefetch={prefetch} />
        </PopoverProvider>
      </MemoryRouter>,
    );
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    // At the lead: the next section's timeline is fetched.
    await waitFor(() => expect(prefetch.chronik).toHaveBeenCalled());
    act(() => setActiveStep({ section: 'ohne-die-ukraine', step: null }));
    act(() => setActiveStep({ section: 'europas-sorge', step: null }));
    act(() => setActiveStep({ section: 'putin-auf-augenhoehe', step: null }));
    act(() => setActiveStep({ section: 'symbolik-und-substanz', step: null }));
    await viewShows('symbolik-und-substanz');
    // Where it rests: its timeline and the map of the step after it.
    await waitFor(() => expect(prefetch.karte).toHaveBeenCalled());
    // The diagram of the sections passed in a moment was never fetched.
    expect(prefetch.akteure).not.toHaveBeenCalled();
    expect(unhandled).toBe(0);
  });

  it('the view renders once per state it shows, and again only when the filter changes', async () => {
    const user = renderStory();
    act(() => setActiveStep({ section: 'putin-auf-augenhoehe', step: null }));
    await viewShows('putin-auf-augenhoehe');
    const shown = viewRenders.length;
    expect(shown).toBeLessThanOrEqual(2);
    const panel = screen.getByRole('complementary', { name: 'Kontext zum Abschnitt' });
    await user.click(within(panel).getByRole('button', { name: 'Ukraine', pressed: false }));
    // The view follows the chips and the text a frame later.
    await viewShows('putin-auf-augenhoehe: ukraine');
    expect(viewRenders.length).toBe(shown + 1);
    // The same filter keeps the same array: a view keyed on it has nothing to redo.
    const { selected } = viewRenders.at(-1)!;
    act(() => setActiveStep({ section: 'putin-auf-augenhoehe', step: 'putin-auf-augenhoehe-2' }));
    await waitFor(() => expect(viewRenders.at(-1)?.visual.places).toContain('kyiv'));
    expect(viewRenders.at(-1)!.selected).toBe(selected);
  });
});
