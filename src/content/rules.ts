/**
 * The editor's rules beyond the schema: what each kind of statement must carry (the author's
 * words verbatim, a source that was read, the party of a claim), and that the facts agree with
 * the checked fact sheets. Each problem names the file and the id. Run by the validator
 * (./validate.ts) at build and test time; never shipped to readers.
 */
import type { Content } from './build';
import type { Position, Provenance } from './schema';
import { wording as deWording } from '../locales/de/wording';
import { wording as enWording } from '../locales/en/wording';

/** One statement the reader sees, with the words shown under its badge. */
interface Statement {
  file: string;
  id: string;
  provenance: Provenance;
  sources: string[];
  paragraphs: string[];
  party?: string;
  /** The words shown with the badge (for an 'artikel' item: the author's, verbatim). */
  text: string;
  /** An item the fact sheets mark as not verified (an approximate point). */
  unverified?: boolean;
  /** For a relation: the article's sentence shown with it. */
  quote?: string;
  /** A matrix cell that only says the article names no position: it states nothing. */
  silent?: boolean;
}

/** The newsroom's wording rules, by the article's language. */
const WORDING: Record<string, typeof deWording> = { de: deWording, en: enWording };

/** The rules of the article's language (German if it has none of its own). */
export const wordingOf = (language: string) => WORDING[language] ?? deWording;

export const positionId = (p: Pick<Position, 'actor' | 'issue'>) => `${p.actor}/${p.issue}`;

function statements(content: Content): Statement[] {
  const support = (item: {
    provenance: Provenance;
    sources: string[];
    paragraphs: string[];
    party?: string | undefined;
  }) => ({
    provenance: item.provenance,
    sources: item.sources,
    paragraphs: item.paragraphs,
    ...(item.party ? { party: item.party } : {}),
  });
  return [
    ...content.actors.map((a) => ({
      file: 'actors.json',
      id: a.id,
      text: a.summary,
      ...support(a),
    })),
    ...content.places.map((p) => ({
      file: 'places.json',
      id: p.id,
      text: p.summary,
      unverified: !p.verified,
      ...support(p),
      // The card's text rests on the point's sources and on those of what happened there.
      sources: [...p.sources, ...p.summarySources],
    })),
    ...content.events.map((e) => ({
      file: 'events.json',
      id: e.id,
      text: e.text,
      ...support(e),
    })),
    ...content.events.flatMap((e) =>
      e.report
        ? [
            {
              file: 'events.json',
              id: `${e.id}.report`,
              text: e.report.text,
              provenance: 'medien' as const,
              sources: e.report.sources,
              paragraphs: [],
            },
          ]
        : [],
    ),
    ...content.terms.map((t) => ({
      file: 'terms.json',
      id: t.id,
      text: t.definition,
      ...support(t),
    })),
    ...content.notes.map((n) => ({
      file: 'notes.json',
      id: n.id,
      text: n.text,
      ...support(n),
    })),
    ...content.relations.map((r) => ({
      file: 'relations.json',
      id: r.id,
      text: r.quote ?? '',
      ...(r.quote ? { quote: r.quote } : {}),
      ...support(r),
    })),
    ...content.positions.map((p) => ({
      file: 'positions.json',
      id: positionId(p),
      text: p.text,
      silent: p.text === wordingOf(content.language).silentCell,
      ...support(p),
    })),
  ];
}

/** What each kind of statement must carry. */
export function provenanceProblems(content: Content): string[] {
  const errors: string[] = [];
  const paragraphText = (id: string) => content.paragraphById.get(id)?.text ?? '';
  const articleText = content.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
  const wording = wordingOf(content.language);
  const readSources = (ids: string[]) =>
    ids.filter((id) => {
      const source = content.sourceById.get(id);
      return source && source.read !== false;
    });

  for (const item of statements(content)) {
    const at = `${item.file}: "${item.id}"`;
    const fail = (message: string) => errors.push(`${at}: ${message}`);
    const hasSupport = item.sources.length > 0 || item.paragraphs.length > 0;

    if (item.party && item.provenance !== 'behauptung') {
      fail(`names a party ("${item.party}"), but only a 'behauptung' has one`);
    }
    if (/\bTODO\b/.test(item.text)) fail('text still says TODO');

    switch (item.provenance) {
      case 'artikel': {
        // The author's own words, and nothing added: anything else is the newsroom's.
        if (item.paragraphs.length === 0) {
          fail(`is 'artikel' but cites no paragraph of the article`);
        } else if (item.file === 'relations.json' && !item.quote) {
          fail(`is 'artikel' but shows no sentence of the article ("quote")`);
        } else if (!item.paragraphs.some((p) => paragraphText(p).includes(item.text))) {
          fail(
            `is 'artikel' but its text is not word for word in ${item.paragraphs.join(', ')}: ` +
              `make it 'redaktion' and show the author's words as a quote`,
          );
        }
        if (item.sources.length > 0) {
          fail(
            `is 'artikel' but cites sources (${item.sources.join(', ')}): ` +
              `facts from elsewhere make it 'redaktion' (or split the item)`,
          );
        }
        break;
      }
      case 'fakt': {
        if (item.unverified) {
          fail(`is 'fakt' but the fact sheets mark it as not verified ("verified": false)`);
        }
        if (readSources(item.sources).length === 0) {
          fail(
            item.sources.length === 0
              ? `is 'fakt' but has no source other than the article`
              : `is 'fakt' but none of its sources was read when the facts were checked ` +
                  `(${item.sources.join(', ')} have "read": false)`,
          );
        }
        break;
      }
      case 'behauptung': {
        if (!item.party) fail(`is 'behauptung' but names no party ("party": an actor id)`);
        else if (!content.actorById.has(item.party)) fail(`unknown party "${item.party}"`);
        if (!hasSupport) fail(`is 'behauptung' but cites nothing that shows the claim was made`);
        break;
      }
      case 'medien': {
        if (readSources(item.sources).length === 0) {
          fail(`is 'medien' but names no report that was read`);
        }
        break;
      }
      case 'redaktion': {
        if (item.silent) break;
        if (!hasSupport) fail(`is 'redaktion' but cites no source and no paragraph`);
        if (wording.reportsArticle.test(item.text) && !item.paragraphs.length) {
          fail(`is 'redaktion' and reports the article, but cites no paragraph`);
        }
        // A date or a number is a fact: it needs a checked source.
        if (/\d/.test(item.text) && readSources(item.sources).length === 0) {
          fail(`is 'redaktion' and states dates or numbers, but has no source that was read`);
        }
        break;
      }
    }

    // Words in quotation marks are someone's: without a source of its own, they must be the article's.
    if (item.sources.length === 0) {
      const [open, close] = wording.marks;
      for (const [, quoted] of item.text.matchAll(wording.quoted)) {
        if (!articleText.includes(quoted!))
          fail(`quotes ${open}${quoted}${close}, which the article does not say`);
      }
    }
  }

  // The matrix: a silent cell states nothing, so it carries nothing; every cell once.
  const seen = new Set<string>();
  for (const p of content.positions) {
    const id = positionId(p);
    if (seen.has(id)) errors.push(`positions.json: "${id}": the cell is given twice`);
    seen.add(id);
    const silent = wordingOf(content.language).silentCell;
    if (p.text === silent && (p.quote || p.sources.length || p.paragraphs.length)) {
      errors.push(`positions.json: "${id}": says "${silent}" but cites something`);
    }
    if (p.text === silent && p.stance !== 'nicht-genannt') {
      errors.push(`positions.json: "${id}": says "${silent}" but names a stance`);
    }
  }
  const actorsWithPositions = [...new Set(content.positions.map((p) => p.actor))];
  for (const issue of content.issues) {
    for (const actor of actorsWithPositions) {
      if (!seen.has(`${actor}/${issue.id}`)) {
        errors.push(`positions.json: "${actor}/${issue.id}": the cell is missing`);
      }
    }
  }
  return errors;
}

/** The parts of the fact sheets (the article's record/) the data must agree with. */
export interface FactRecord {
  timeline: {
    events: {
      id: string;
      date: string;
      date_end?: string;
      places: string[];
      extra?: boolean;
      sources: { url: string }[];
    }[];
  };
  places: {
    places: {
      id: string;
      lat: number;
      lon_wrapped: number;
      verified: boolean;
      sources: { url: string }[];
    }[];
  };
}

/** The checked list of the Rome Statute's states parties (record/icc-states-parties.json). */
export interface IccRecord {
  as_of: string;
  count: number;
  sources: { title: string; url: string }[];
  parties: { iso_n3: string; iso_a3: string; name: string }[];
  small_parties_ne50m: { iso_a3: string; name: string; marker_lonlat: number[] }[];
}

/**
 * The events and places must say what the checked fact sheets say: dates, places, points, sources.
 * An article whose sheets were made for it ("all", the default) shows every entry of them; one
 * that draws on shared sheets ("chosen", article.json's `record`) shows those it needs.
 */
export function recordProblems(
  content: Content,
  record: FactRecord,
  scope: 'all' | 'chosen' = 'all',
): string[] {
  const errors: string[] = [];
  const kebab = (id: string) => id.replace(/_/g, '-');
  const urls = (ids: string[]) => ids.map((id) => content.sourceById.get(id)?.url ?? id).join(' ');
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  const recordEvents = new Set(record.timeline.events.map((e) => e.id));
  for (const event of content.events) {
    if (!recordEvents.has(event.id)) {
      errors.push(`events.json: "${event.id}": not in the fact sheet (record/timeline.json)`);
    }
  }
  for (const r of record.timeline.events) {
    const event = content.eventById.get(r.id);
    const at = `events.json: "${r.id}"`;
    if (!event) {
      if (scope === 'all') {
        errors.push(`${at}: missing; the fact sheet (record/timeline.json) has it`);
      }
      continue;
    }
    const differs = (what: string, ours: unknown, theirs: unknown) => {
      if (!same(ours, theirs)) {
        errors.push(
          `${at}: ${what} ${JSON.stringify(ours)} differs from the fact sheet's ${JSON.stringify(theirs)}`,
        );
      }
    };
    differs('date', event.date, r.date);
    differs('dateEnd', event.dateEnd ?? null, r.date_end ?? null);
    differs('places', event.places, r.places.map(kebab));
    differs('extra', event.extra, r.extra === true);
    differs('sources', urls(event.sources), r.sources.map((s) => s.url).join(' '));
  }
  for (const r of record.places.places) {
    const place = content.placeById.get(kebab(r.id));
    const at = `places.json: "${kebab(r.id)}"`;
    if (!place) {
      if (scope === 'all') {
        errors.push(`${at}: missing; the fact sheet (record/places.json) has it`);
      }
      continue;
    }
    const differs = (what: string, ours: unknown, theirs: unknown) => {
      if (!same(ours, theirs)) {
        errors.push(
          `${at}: ${what} ${JSON.stringify(ours)} differs from the fact sheet's ${JSON.stringify(theirs)}`,
        );
      }
    };
    differs('lat', place.lat, r.lat);
    differs('lon', place.lon, r.lon_wrapped);
    differs('verified', place.verified, r.verified);
    differs('sources', urls(place.sources), r.sources.map((s) => s.url).join(' '));
  }
  return errors;
}
