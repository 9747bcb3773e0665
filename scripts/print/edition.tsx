/**
 * The printed story's additions, computed from the content: a picture (or the context card) per
 * section with its caption, the numbered sources list, and the HTML and CSS that carry them into
 * the prerendered page of `/`. Pure apart from reading the bundled data; scripts/print.ts writes
 * the result into the build.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { buildContent, type Content, type Section } from '../../src/content/build';
import { allContentFiles } from '../../src/content/all-files';
import type { VisualState } from '../../src/content/schema';
import { printUi } from '@locale/druck';
import { lang } from '@locale/lang';
import { mapSpec } from '../../src/content/map';
import { formatDate, formatDateRange } from '../../src/lib/dates';
import {
  PrintEdition,
  type PrintFigureData,
  type PrintEditionProps,
} from '../../src/features/story/print-edition';
import { Citations, formatNumbers, textFacts, type Fact } from './citations';
import { diagramFigure } from './diagram-figure';
import { mapFigure } from './map-figure';
import { timelineFigure } from './timeline-figure';

/** Every content file whole: every detail field, the sources and the actors' relations included. */
export function fullContent(): Content {
  return buildContent(allContentFiles);
}

export interface Figure extends PrintFigureData {
  kind: VisualState['view'];
  /** The facts the picture shows, whose sources its caption names. */
  facts: Fact[];
  /** Sources of what the picture shows beyond its facts (a map layer's). */
  extraSources: string[];
  /** The picture as an SVG document, written to `druck/<section>.svg`. */
  svg?: string;
  /** Where the picture is named in alt and caption (tests read these). */
  names: string[];
}

const facts = (type: Fact['type'], ids: readonly string[]): Fact[] =>
  ids.map((id) => ({ type, id }));

const degrees = new Intl.NumberFormat(lang.tag, { maximumFractionDigits: 1 });

/**
 * "50–71,5° N, 150° O – 120° W": the map's bounds in words, in the edition's language, longitudes
 * back in −180…180.
 */
export function boundsText([[south, west], [north, east]]: [[number, number], [number, number]]) {
  const deg = (n: number) => degrees.format(n);
  const { north: n, east: e, west: w } = printUi.compass;
  const lon = (x: number) => {
    const l = x > 180 ? x - 360 : x;
    return l < 0 ? `${deg(-l)}° ${w}` : `${deg(l)}° ${e}`;
  };
  return `${deg(south)}–${deg(north)}° ${n}, ${lon(west)} – ${lon(east)}`;
}

/**
 * The sources the map's layers add: the facts each shown layer rests on (data/map.json), its
 * events' sources included. A page that could not be read is no source of the picture.
 */
function layerSources(content: Content, layers: readonly string[]): string[] {
  const ids = mapSpec.layers
    .filter((l) => layers.includes(l.id))
    .flatMap((l) => [
      ...(l.facts?.sources ?? []),
      ...(l.facts?.events ?? []).flatMap((id) => content.eventById.get(id)?.sources ?? []),
    ]);
  return [...new Set(ids)].filter((id) => content.sourceById.get(id)?.read !== false);
}

/** "A, B und C": a list in the edition's language. */
const listFormat = new Intl.ListFormat(lang.tag, { type: 'conjunction' });
const list = (items: string[]) => listFormat.format(items);

function figureFor(content: Content, section: Section, n: number, base: string): Figure {
  const visual = section.visual;
  const kind = visual.view;
  const label = (k: keyof typeof printUi.kinds) =>
    kind === 'kontext'
      ? `${printUi.kinds[k]} – ${section.shortTitle}`
      : `${printUi.figure(n)} · ${printUi.kinds[k]} – ${section.shortTitle}`;
  const image = (svg: string, alt: string) => {
    const size = /width="(\d+)" height="(\d+)"/.exec(svg);
    return {
      src: `${base}druck/${section.id}.svg`,
      width: Number(size?.[1] ?? 640),
      height: Number(size?.[2] ?? 360),
      alt,
    };
  };
  const actorName = (id: string) => content.actorById.get(id)?.name ?? id;

  switch (kind) {
    case 'chronik': {
      const t = timelineFigure(visual);
      const day = (d: Date) => formatDate(d.toISOString().slice(0, 10));
      const [from, to] = visual.period
        ? [formatDate(visual.period[0]), formatDate(visual.period[1])]
        : [day(t.from), day(t.to)];
      const events = t.highlighted.map(
        (i) => `${formatDateRange(i.event.date, i.event.dateEnd)}: ${i.event.title}`,
      );
      return {
        sectionId: section.id,
        kind,
        label: label('chronik'),
        caption: [printUi.shows.chronik(from, to)],
        image: image(t.svg, printUi.alt.chronik(from, to, events.join('; '))),
        svg: t.svg,
        // Every event the picture rings or names: a ringed one without a label is shown too.
        facts: facts('event', [
          ...new Set([...t.highlighted.map((i) => i.id), ...t.labelled.map((i) => i.id)]),
        ]),
        extraSources: [],
        names: t.highlighted.map((i) => i.event.title),
      };
    }
    case 'akteure': {
      const d = diagramFigure(visual);
      const names = list(visual.actors.map(actorName));
      return {
        sectionId: section.id,
        kind,
        label: label('akteure'),
        caption: [printUi.shows.akteure(names)],
        image: image(d.svg, printUi.alt.akteure(names, d.relationNames.join('; '))),
        svg: d.svg,
        facts: [
          ...facts('actor', [...d.focus.actors]),
          ...facts('relation', [...d.focus.relations]),
        ],
        extraSources: [],
        names: [...visual.actors.map(actorName), ...d.relationNames],
      };
    }
    case 'karte': {
      const m = mapFigure(visual);
      const area = printUi.area(boundsText(m.bounds), list(m.countries));
      const layers = mapSpec.layers.flatMap((l) =>
        m.layers.includes(l.id) && l.print ? [l.print] : [],
      );
      const places = m.places.map((p) => p.name);
      return {
        sectionId: section.id,
        kind,
        label: label('karte'),
        caption: [printUi.shows.karte(area), ...layers, printUi.geography],
        image: image(m.svg, printUi.alt.karte(area, places.join(', '), layers.join(' '))),
        svg: m.svg,
        facts: facts(
          'place',
          m.places.map((p) => p.id),
        ),
        extraSources: layerSources(content, m.layers),
        names: places,
      };
    }
    case 'kontext': {
      const card = {
        actors: visual.actors.map(actorName),
        places: visual.places.map((id) => content.placeById.get(id)?.name ?? id),
        events: visual.events.flatMap((id) => {
          const e = content.eventById.get(id);
          return e
            ? [{ date: e.date, label: formatDateRange(e.date, e.dateEnd), title: e.title }]
            : [];
        }),
      };
      return {
        sectionId: section.id,
        kind,
        label: label('kontext'),
        caption: [printUi.shows.kontext],
        card,
        facts: [
          ...facts('actor', visual.actors),
          ...facts('place', visual.places),
          ...facts('event', visual.events),
        ],
        extraSources: [],
        names: [...card.actors, ...card.places, ...card.events.map((e) => e.title)],
      };
    }
  }
}

export interface Edition {
  figures: Figure[];
  props: PrintEditionProps;
  /** The block of print-only HTML, placed beside the app's root in the page of `/`. */
  html: string;
  /** print.css's reading order for this article: each picture right after its section. */
  css: string;
}

export function buildEdition(content: Content = fullContent(), base = '/'): Edition {
  const citations = new Citations(content);
  let n = 0;
  const figures = content.sections.map((section) => {
    const figure = figureFor(content, section, section.visual.view === 'kontext' ? 0 : ++n, base);
    // The picture's sources first, then the text's: the list follows the printed pages.
    const numbers = citations.cite(figure.facts, figure.extraSources);
    citations.cite(textFacts(content, section.id));
    figure.caption.push(
      numbers.length ? printUi.sources(formatNumbers(numbers)) : printUi.articleOnly,
    );
    return figure;
  });
  const epilogue = citations.cite(facts('event', content.epilogue.events));
  const props: PrintEditionProps = {
    figures,
    epilogueSources: printUi.epilogueSources(formatNumbers(epilogue)),
    sources: {
      title: printUi.list.title,
      intro: printUi.list.intro,
      items: citations
        .list()
        .map(({ n: number, title, lang, url }) => ({ n: number, title, lang, url })),
      geography: mapSpec.credit,
    },
  };
  const html = renderToStaticMarkup(<PrintEdition {...props} />);
  // Sections and pictures share an order value; in the document the picture comes later.
  const css = `@media print{${content.sections
    .map((s, i) => `#${s.id},[data-zu="${s.id}"]{order:${i + 1}}`)
    .join('')}}`;
  return { figures, props, html, css };
}
