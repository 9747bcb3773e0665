import { describe, expect, it } from 'vitest';
import { Citations, formatNumbers, sourcesOf, textFacts } from '../../scripts/print/citations';
import { boundsText, buildEdition, fullContent } from '../../scripts/print/edition';
import { clipRing, frameFor, mapFigure } from '../../scripts/print/map-figure';
import { timelineFigure } from '../../scripts/print/timeline-figure';
import { diagramFigure } from '../../scripts/print/diagram-figure';
import { compactCss, tokensStyle } from '../../scripts/print/svg';
import { escapeXml } from '../../src/lib/escape-xml';

const content = fullContent();
const section = (id: string) => content.sections.find((s) => s.id === id)!;
const edition = buildEdition(content, '/pfad/');

/** The text of an SVG's or HTML's elements, without the markup (entities decoded). */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the printed sources list', () => {
  it('numbers sources in the order they are first cited, each once', () => {
    const citations = new Citations(content);
    const first = citations.cite([{ type: 'place', id: 'anchorage' }]);
    const again = citations.cite([
      { type: 'event', id: 'alaska-summit' },
      { type: 'place', id: 'anchorage' },
    ]);
    expect(first).toEqual(
      sourcesOf(content, { type: 'place', id: 'anchorage' }).map((_, i) => i + 1),
    );
    expect(again).toEqual(expect.arrayContaining(first));
    const listed = citations.list();
    expect(listed.map((s) => s.n)).toEqual(listed.map((_, i) => i + 1));
    expect(new Set(listed.map((s) => s.id)).size).toBe(listed.length);
  });

  it('shortens runs of numbers as a caption names them', () => {
    expect(formatNumbers([1, 2, 3, 5, 8, 9])).toBe('1–3, 5, 8, 9');
    expect(formatNumbers([4])).toBe('4');
    expect(formatNumbers([])).toBe('');
  });

  it('fails loudly on a fact that does not exist', () => {
    expect(() => sourcesOf(content, { type: 'place', id: 'atlantis' })).toThrow(/atlantis/);
  });

  it('lists the sources of every annotation in the text and of the epilogue', () => {
    const listed = new Set(edition.props.sources.items.map((s) => s.url));
    const cited = [
      ...content.sections.flatMap((s) => textFacts(content, s.id)),
      ...content.epilogue.events.map((id) => ({ type: 'event' as const, id })),
    ].flatMap((fact) => sourcesOf(content, fact));
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(listed).toContain(content.sourceById.get(id)!.url);
  });
});

describe('the print block', () => {
  it('has one figure per section, each placed after its section', () => {
    expect(edition.figures.map((f) => f.sectionId)).toEqual(content.sections.map((s) => s.id));
    content.sections.forEach((s, i) => {
      expect(edition.css).toContain(`#${s.id},[data-zu="${s.id}"]{order:${i + 1}}`);
    });
  });

  it('is hidden on screen and its pictures load only when printed', () => {
    expect(edition.html).toMatch(/^<div id="druck" class="druck" hidden="">/);
    const images = [...edition.html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(edition.figures.filter((f) => f.svg).length);
    for (const img of images) {
      expect(img).toContain('loading="lazy"');
      expect(img).toMatch(/src="\/pfad\/druck\/[a-z-]+\.svg"/);
      expect(img).toMatch(/alt="[^"]{40,}"/);
    }
  });

  it('prints the context card for a section whose visual is the context', () => {
    const lead = edition.figures.find((f) => f.sectionId === 'einleitung')!;
    expect(lead.kind).toBe('kontext');
    expect(lead.card?.places).toContain(content.placeById.get('anchorage')!.name);
    expect(lead.card!.events.length).toBeGreaterThan(0);
    for (const event of lead.card!.events) expect(edition.html).toContain(event.title);
  });

  it('names in every caption sources that the list holds', () => {
    const count = edition.props.sources.items.length;
    for (const figure of edition.figures) {
      const caption = figure.caption.join(' ');
      const numbers = /Quellen: ([\d–, ]+)\./.exec(caption)?.[1];
      expect(numbers, caption).toBeDefined();
      for (const n of numbers!.match(/\d+/g)!.map(Number)) expect(n).toBeLessThanOrEqual(count);
    }
  });

  it('names the sources of every event a timeline picture highlights (Istanbul included)', () => {
    const numberOf = new Map(edition.props.sources.items.map((s) => [s.url, s.n]));
    const timelines = edition.figures.filter((f) => f.kind === 'chronik');
    expect(timelines.length).toBeGreaterThan(0);
    for (const figure of timelines) {
      const caption = figure.caption.join(' ');
      const named = new Set(
        (/Quellen: ([\d–, ]+)\./.exec(caption)?.[1] ?? '').split(', ').flatMap((run) => {
          const [a, b = a] = run.split('–').map(Number);
          return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
        }),
      );
      const section = content.sections.find((s) => s.id === figure.sectionId)!;
      for (const id of section.visual.events) {
        for (const source of sourcesOf(content, { type: 'event', id })) {
          const n = numberOf.get(content.sourceById.get(source)!.url);
          expect(named.has(n!), `${figure.sectionId}: ${id}: ${source}`).toBe(true);
        }
      }
    }
  });

  it('lists no page that could not be read as a source', () => {
    const unread = content.sources.filter((s) => s.read === false).map((s) => s.url);
    expect(unread.length).toBeGreaterThan(0);
    for (const item of edition.props.sources.items) expect(unread).not.toContain(item.url);
  });

  it('credits the geography under every map', () => {
    const maps = edition.figures.filter((f) => f.kind === 'karte');
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) expect(map.caption.join(' ')).toContain('Natural Earth');
    expect(edition.props.sources.geography).toContain('Natural Earth');
  });
});

describe('the timeline picture', () => {
  const naehe = section('naehe-und-misstrauen');
  const figure = timelineFigure(naehe.visual);

  it('shows the section’s period', () => {
    const [from, to] = naehe.visual.period!;
    expect(figure.from.getTime()).toBeLessThanOrEqual(new Date(`${from}T00:00:00Z`).getTime());
    expect(figure.to.getTime()).toBeGreaterThanOrEqual(new Date(`${to}T00:00:00Z`).getTime());
  });

  it('marks and names every event of the section', () => {
    expect(figure.highlighted.map((i) => i.id)).toEqual(naehe.visual.events);
    for (const id of naehe.visual.events) {
      expect(figure.svg).toMatch(new RegExp(`data-event="${id}"[^>]*data-highlight="true"`));
      expect(figure.labelled.map((i) => i.id)).toContain(id);
      // The mark's own label: the title, cut with an ellipsis where it is too long.
      const group = figure.svg.split(`data-event="${id}"`)[1]!.split('data-event=')[0]!;
      const label = /class="timeline__label"[^>]*>([^<]+)</.exec(group)![1]!.replace(/…$/, '');
      expect(label.length).toBeGreaterThan(10);
      expect(content.eventById.get(id)!.title.startsWith(label)).toBe(true);
    }
  });

  it('is a standalone SVG with the view’s styles', () => {
    expect(figure.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640"/);
    expect(figure.svg).toContain('.timeline__label');
    expect(figure.svg).toContain('--actor-usa');
  });
});

describe('the diagram picture', () => {
  const ohne = section('ohne-die-ukraine');
  const figure = diagramFigure(ohne.visual);

  it('puts the section’s actors in front and labels its relations', () => {
    for (const id of ohne.visual.actors) {
      expect(figure.svg).toMatch(new RegExp(`id="knoten-${id}"[^>]*data-focus="in"`));
    }
    for (const id of ohne.visual.relations!) {
      const label = content.relationById.get(id)!.label;
      expect(textOf(figure.svg).replace(/ /g, '')).toContain(label.replace(/ /g, ''));
    }
    expect(figure.relationNames).toContain('USA → Selenskyj: nicht eingeladen');
  });

  it('lets the other actors step back', () => {
    expect(figure.svg).toMatch(/id="knoten-istgh"[^>]*data-focus="out"/);
  });
});

describe('the map picture', () => {
  // The step that takes the map to Alaska and the Bering Strait (the section's second).
  const putin = section('putin-auf-augenhoehe').steps.find(
    (s) => s.id === 'putin-auf-augenhoehe-1-b',
  )!;
  const figure = mapFigure(putin.visual);

  it('fits the section’s area into the picture', () => {
    const frame = frameFor(putin.visual.map!.bounds);
    const [[south, west], [north, east]] = putin.visual.map!.bounds;
    for (const [lon, lat] of [
      [west, north],
      [east, south],
    ] as const) {
      const [x, y] = frame.project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(frame.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(frame.height);
    }
  });

  it('draws the section’s places in the area, and not those outside it', () => {
    const drawn = figure.places.map((p) => p.id);
    for (const id of ['jber', 'sitka', 'little-diomede', 'big-diomede']) {
      expect(drawn).toContain(id);
      expect(figure.svg).toContain(`data-place="${id}"`);
    }
    // The court in The Hague is one of the section's places, far outside the Bering Strait.
    expect(drawn).not.toContain('icc');
    expect(drawn).not.toContain('kyiv');
  });

  it('draws the layers the section switches on', () => {
    expect(figure.svg).toContain('class="map-bering"');
    expect(figure.svg).not.toContain('class="map-icc"');
    expect(figure.svg).not.toContain('class="map-annex');
    const annex = mapFigure({
      places: ['kyiv'],
      map: {
        bounds: [
          [43.8, 22],
          [56.5, 41],
        ],
        layers: ['orte', 'annexion'],
      },
    });
    expect(annex.svg).toContain('map-annex--2014');
    expect(annex.svg).toContain('map-annex--2022');
  });

  it('names its area by the section’s bounds', () => {
    expect(boundsText(putin.visual.map!.bounds)).toBe('54–67,5° N, 174° W – 130° W');
  });
});

describe('the picture helpers', () => {
  it('cuts a ring to the picture', () => {
    const ring: [number, number][] = [
      [-10, -10],
      [10, -10],
      [10, 10],
      [-10, 10],
    ];
    const cut = clipRing(ring, 0, 0, 100, 100);
    expect(cut.every(([x, y]) => x >= 0 && y >= 0)).toBe(true);
    expect(clipRing(ring, 50, 50, 100, 100)).toEqual([]);
  });

  it('embeds the design tokens compactly and escapes text', () => {
    expect(tokensStyle()).toMatch(/^:root\{--paper:#fbfaf7;/);
    expect(compactCss('/* note */\n.a {\n  fill: red;\n}\n')).toBe('.a{fill:red;}');
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
