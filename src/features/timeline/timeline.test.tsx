import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { formatDateRange } from '../../lib/dates';
import { emphasisFor, filterActorsOf } from '../../lib/actor-match';
import { location, renderApp } from '../../testing/render-app';
import type { VisualState } from '../../content/schema';
import TimelineVisual from './timeline-visual';

const nameOf = (id: string) => {
  const e = content.eventById.get(id)!;
  return `${formatDateRange(e.date, e.dateEnd)}: ${e.title}`;
};
const invasion = content.events.find((e) => e.id === 'full-scale-invasion')!;

/** The reader prefers reduced motion: every move of the view is instant, so tests need no timers. */
function preferReducedMotion(touch = false) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query.includes('reduce') || (touch && query.includes('coarse')),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  );
}

const visibleRange = (container: HTMLElement) => {
  const root = container.querySelector<HTMLElement>('.timeline')!;
  return [root.dataset.visibleFrom!, root.dataset.visibleTo!];
};

beforeEach(() => preferReducedMotion());
afterEach(() => vi.unstubAllGlobals());

describe('the chronicle page', () => {
  it('shows every event as a button named by its date and title, beside the list of all events', async () => {
    renderApp('/chronik');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    const buttons = await within(region).findAllByRole('button', { name: /^\d{1,2}\./ });
    expect(buttons.map((b) => b.getAttribute('data-event'))).toEqual(
      content.events.map((e) => e.id),
    );
    expect(within(region).getByRole('button', { name: nameOf(invasion.id) })).toBeInTheDocument();
    // The text alternative stays: one list item per event.
    expect(document.querySelectorAll('.cards--timeline > li')).toHaveLength(content.events.length);
  });

  it('opens an event with its detail, keeps the filter in the URL, and closes on Escape', async () => {
    const { user } = renderApp('/chronik?akteur=ukraine');
    const event = await screen.findByRole('button', { name: nameOf(invasion.id) });
    await user.click(event);
    expect(location.current).toBe(`/chronik?akteur=ukraine&ereignis=${invasion.id}`);
    expect(event).toHaveAttribute('aria-expanded', 'true');
    const detail = screen.getByRole('region', { name: invasion.title });
    expect(within(detail).getByText(invasion.text)).toBeInTheDocument();
    expect(within(detail).getByText(/24\. Februar 2022/)).toBeInTheDocument();
    const place = content.placeById.get(invasion.places[0]!)!;
    expect(
      within(detail).getByText(new RegExp(place.name.replace(/[()]/g, '.'))),
    ).toBeInTheDocument();
    // The action names the place it shows, not the event.
    expect(
      within(detail).getByRole('link', { name: `Auf der Karte zeigen: ${place.name}` }),
    ).toHaveAttribute('href', `/karte?ort=${place.id}&akteur=ukraine`);
    expect(detail).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: invasion.title })).not.toBeInTheDocument();
    expect(location.current).toBe('/chronik?akteur=ukraine');
    expect(event).toHaveFocus();
  });

  it('opens an event with Enter and with Space', async () => {
    const { user } = renderApp('/chronik');
    const event = await screen.findByRole('button', { name: nameOf(invasion.id) });
    event.focus();
    await user.keyboard('{Enter}');
    expect(location.current).toBe(`/chronik?ereignis=${invasion.id}`);
    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(location.current).toBe('/chronik');
    event.focus();
    await user.keyboard(' ');
    expect(location.current).toBe(`/chronik?ereignis=${invasion.id}`);
  });

  it('opens the event a link names, and ignores an unknown one with a visible note', async () => {
    renderApp(`/chronik?ereignis=${invasion.id}`);
    expect(await screen.findByRole('region', { name: invasion.title })).toBeInTheDocument();

    renderApp('/chronik?ereignis=mondlandung');
    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent('unbekanntes Ereignis (mondlandung)');
  });

  it('lets the chosen actors’ events stand out and dims the rest', async () => {
    renderApp('/chronik?akteur=russland');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    const marks = [...region.querySelectorAll<SVGGElement>('[data-event]')];
    const emphasis = marks.map((m) => m.getAttribute('data-emphasis'));
    expect(emphasis).toEqual(
      content.events.map((e) => emphasisFor(['russland'], filterActorsOf(content, e.actors))),
    );
    expect(emphasis).toContain('match');
    expect(emphasis).toContain('dimmed');
  });

  it('marks the events after the article with a different shape and says so in their name', async () => {
    renderApp('/chronik');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    const after = region.querySelectorAll('[data-after-article="true"]');
    expect(after.length).toBeGreaterThan(0);
    for (const mark of after) {
      expect(mark.getAttribute('aria-label')).toMatch(/nach Erscheinen des Artikels/);
      expect(mark.querySelector('.timeline__diamond, .timeline__bar')).not.toBeNull();
    }
  });

  it('zooms with + and − and pans with the arrow keys when it has focus', async () => {
    const { user, container } = renderApp('/chronik');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    const whole = visibleRange(container);
    region.focus();
    await user.keyboard('+');
    const zoomed = visibleRange(container);
    expect(zoomed[0]! > whole[0]! && zoomed[1]! < whole[1]!).toBe(true);
    await user.keyboard('{ArrowRight}');
    const panned = visibleRange(container);
    expect(panned[0]! > zoomed[0]!).toBe(true);
    await user.keyboard('-');
    await user.keyboard('-');
    expect(visibleRange(container)).toEqual(whole);
  });

  it('zooms with its buttons and goes back with "Zurücksetzen"', async () => {
    const { user, container } = renderApp('/chronik');
    await screen.findByRole('region', { name: 'Zeitleiste' });
    const whole = visibleRange(container);
    expect(screen.getByRole('button', { name: 'Herauszoomen' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Hineinzoomen' }));
    expect(visibleRange(container)).not.toEqual(whole);
    await user.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    expect(visibleRange(container)).toEqual(whole);
  });
});

describe('by thumb', () => {
  const summit = content.eventById.get('alaska-summit')!;
  /** The centre of an event's mark, in the plot. */
  const markCentre = (container: HTMLElement, id: string) => {
    const hit = container.querySelector<SVGRectElement>(`[data-event="${id}"] [data-hit="mark"]`)!;
    const n = (a: string) => Number(hit.getAttribute(a));
    return { x: n('x') + n('width') / 2, y: n('y') + n('height') / 2 };
  };

  it('"Zum Gipfel" opens the summit and brings its weeks into view in one tap', async () => {
    const { user, container } = renderApp('/chronik');
    await screen.findByRole('region', { name: 'Zeitleiste' });
    await user.click(screen.getByRole('button', { name: /^Zum Gipfel am 15\. August 2025/ }));
    expect(location.current).toBe('/chronik?ereignis=alaska-summit');
    expect(screen.getByRole('region', { name: summit.title })).toHaveFocus();
    const [from, to] = visibleRange(container);
    expect(from! > '2025-06-01' && from! < '2025-08-15' && to! > '2025-08-15').toBe(true);
  });

  it('the list below has a link straight to the summit', async () => {
    renderApp('/chronik');
    const link = await screen.findByRole('link', { name: /zum Gipfel am 15\. August 2025/ });
    expect(link).toHaveAttribute('href', '#alaska-summit');
    expect(document.getElementById('alaska-summit')).toBeInTheDocument();
  });

  it('zooming in keeps the selected event where it is', async () => {
    const { user, container } = renderApp('/chronik?ereignis=full-scale-invasion');
    await screen.findByRole('region', { name: invasion.title });
    const before = markCentre(container, invasion.id);
    const range = visibleRange(container);
    await user.click(screen.getByRole('button', { name: 'Hineinzoomen' }));
    expect(visibleRange(container)).not.toEqual(range);
    expect(markCentre(container, invasion.id).x).toBeCloseTo(before.x, 0);
  });

  it('a tap among crowded marks asks which event is meant, and opens the one chosen', async () => {
    const { user, container } = renderApp('/chronik');
    await screen.findByRole('region', { name: 'Zeitleiste' });
    const at = markCentre(container, summit.id);
    const mark = container.querySelector(`[data-event="${summit.id}"]`)!;
    fireEvent.click(mark, { clientX: at.x, clientY: at.y });
    const chooser = screen.getByRole('dialog', { name: /Ereignisse an dieser Stelle/ });
    const choices = within(chooser).getAllByRole('button', { name: /\d{4}/ });
    expect(choices.length).toBeGreaterThan(1);
    const choice = within(chooser).getByRole('button', { name: /15\. August 2025/ });
    expect(choice).toHaveTextContent(summit.title);
    await user.click(choice);
    expect(location.current).toBe('/chronik?ereignis=alaska-summit');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Escape closes the chooser and gives focus back to the mark', async () => {
    const { user, container } = renderApp('/chronik');
    await screen.findByRole('region', { name: 'Zeitleiste' });
    const at = markCentre(container, summit.id);
    const mark = container.querySelector<SVGGElement>(`[data-event="${summit.id}"]`)!;
    fireEvent.click(mark, { clientX: at.x, clientY: at.y });
    const chooser = screen.getByRole('dialog');
    expect(chooser.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mark).toHaveFocus();
    expect(location.current).toBe('/chronik');
  });

  it('speaks of the mouse wheel to a pointer, and of swiping to a finger', async () => {
    renderApp('/chronik');
    await screen.findByRole('region', { name: 'Zeitleiste' });
    expect(screen.getByText(/Mausrad/)).toBeInTheDocument();
    vi.unstubAllGlobals();
    preferReducedMotion(true);
    renderApp('/chronik');
    expect(await screen.findByText(/Wischen verschiebt/)).toBeInTheDocument();
    expect(screen.queryAllByText(/Mausrad/)).toHaveLength(1);
  });
});

describe('in a narrow box', () => {
  beforeEach(() => {
    // Every measured box is a phone's: 340 px wide, 460 px high.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private callback: ResizeObserverCallback) {}
        observe() {
          this.callback(
            [{ contentRect: { width: 340, height: 460 } } as ResizeObserverEntry],
            this,
          );
        }
        disconnect() {}
        unobserve() {}
      },
    );
  });

  it('runs time down a column, with every text at least 12 px', async () => {
    const { container } = renderApp('/chronik');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    expect(container.querySelector('.timeline')).toHaveAttribute('data-layout', 'column');
    const texts = [...region.querySelectorAll('svg text')];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(Number(text.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
    }
    // Every event is still a button, in the order of time.
    expect(
      within(region)
        .getAllByRole('button', { name: /^\d{1,2}\./ })
        .map((b) => b.getAttribute('data-event')),
    ).toEqual(content.events.map((e) => e.id));
    // The phases are bands beside the column, named for assistive technology.
    expect(region.querySelectorAll('[data-phase] rect').length).toBeGreaterThan(0);
  });

  it('pans down the column with the arrow keys', async () => {
    const { user, container } = renderApp('/chronik');
    const region = await screen.findByRole('region', { name: 'Zeitleiste' });
    region.focus();
    await user.keyboard('+');
    const zoomed = visibleRange(container);
    await user.keyboard('{ArrowDown}');
    expect(visibleRange(container)[0]! > zoomed[0]!).toBe(true);
    await user.keyboard('{ArrowUp}');
    expect(visibleRange(container)).toEqual(zoomed);
  });
});

describe('the timeline in the story panel', () => {
  const visual = (over: Partial<VisualState>): VisualState => ({
    view: 'chronik',
    actors: [],
    places: [],
    events: [],
    ...over,
  });
  const panel = (v: VisualState) => (
    <MemoryRouter>
      <TimelineVisual visual={v} selected={[]} sectionId="naehe-und-misstrauen" />
    </MemoryRouter>
  );

  it("shows the section's period and highlights its events, and follows the next section", () => {
    const { container, rerender } = render(
      panel(visual({ period: ['2025-01-20', '2025-08-15'], events: ['trump-inauguration'] })),
    );
    const [from, to] = visibleRange(container);
    // The period fills the width, give or take the margin around it.
    expect(from! >= '2024-09-01' && from! <= '2025-01-20').toBe(true);
    expect(to! >= '2025-08-15' && to! <= '2025-09-01').toBe(true);
    expect(container.querySelector('[data-event="trump-inauguration"]')).toHaveAttribute(
      'data-highlight',
      'true',
    );
    expect(container.querySelector('[data-event="yalta"]')).toHaveAttribute(
      'data-highlight',
      'false',
    );

    rerender(panel(visual({ events: ['crimea-annexation', 'four-oblasts-annexation-claim'] })));
    const [from2, to2] = visibleRange(container);
    expect(from2! < '2014-03-18' && to2! > '2022-09-30' && to2! < '2025-01-01').toBe(true);
  });

  it('leaves the wheel to the page unless Ctrl is held, and says so', () => {
    const { container } = render(panel(visual({ events: [] })));
    const svg = container.querySelector('svg.timeline__svg')!;
    const before = visibleRange(container);
    act(() => {
      fireEvent.wheel(svg, { deltaY: -300, clientX: 400, clientY: 100 });
    });
    expect(visibleRange(container)).toEqual(before);
    expect(screen.getByText('Zum Zoomen Strg gedrückt halten')).toBeInTheDocument();
    act(() => {
      fireEvent.wheel(svg, { deltaY: -300, ctrlKey: true, clientX: 400, clientY: 100 });
    });
    expect(visibleRange(container)).not.toEqual(before);
  });
});
