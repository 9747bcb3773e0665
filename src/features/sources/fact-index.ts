/**
 * Every fact the explainer shows, grouped by what it supports, with its sources: what the sources
 * page lists, and what a report of unsourced facts reads. Pure, so tests and scripts can use it.
 */
import type { Content } from '../../content';
import type { Issue, Position, Provenance, Relation } from '../../content/schema';
import { factAnchor, positionFactId, type FactKind } from '../../content/target';
import { phases } from '../../content/phases';
import { sourcesText } from '@locale/quellen';
import { mapSpec } from '../../content/map';
import { actorsText } from '@locale/akteure';
import { stanceLabel } from '../../content/stakeholders';
import { eventLink, nodeLink, placeLink, relationLink, termLink } from '../../lib/links';
import { routes } from '../../lib/routes';

export interface FactEntry {
  kind: FactKind;
  id: string;
  /** The id of its entry on the sources page. */
  anchor: string;
  title: string;
  /** A second line: the date of an event, the stance of a position. */
  meta?: string;
  provenance: Provenance;
  sources: string[];
  paragraphs: string[];
  /** Where the fact is shown in the app (its view), if it has a place of its own. */
  to?: string;
}

export interface FactGroup {
  kind: FactKind;
  title: string;
  facts: FactEntry[];
}

export interface Stakeholders {
  relations: Relation[];
  issues: Issue[];
  positions: Position[];
}

/**
 * A position that states something: a stance, or a citation. Cells that only say "not named in
 * the article" state nothing to support, and are left out.
 */
export const statesSomething = (p: Position) =>
  p.stance !== 'nicht-genannt' || !!p.quote || p.sources.length > 0 || p.paragraphs.length > 0;

const entry = (kind: FactKind, id: string, rest: Omit<FactEntry, 'kind' | 'id' | 'anchor'>) => ({
  kind,
  id,
  anchor: factAnchor(kind, id),
  ...rest,
});

/** The groups in the order the sources page shows them; no group is empty. */
export function factGroups(
  content: Content,
  stakeholders: Stakeholders,
  formatDate: (iso: string, end?: string) => string,
): FactGroup[] {
  const actorName = (id: string) => content.actorById.get(id)?.name ?? id;
  const issueLabel = (id: string) => stakeholders.issues.find((i) => i.id === id)?.label ?? id;
  const support = (f: { provenance: Provenance; sources: string[]; paragraphs: string[] }) => ({
    provenance: f.provenance,
    sources: f.sources,
    paragraphs: f.paragraphs,
  });
  const groups: FactGroup[] = [
    {
      kind: 'place',
      title: sourcesText.facts.groups.place,
      facts: content.places.map((p) =>
        entry('place', p.id, {
          title: p.name,
          ...support(p),
          // The point's sources, then those of what the card says happened there.
          sources: [...new Set([...p.sources, ...p.summarySources])],
          to: placeLink(p.id),
        }),
      ),
    },
    {
      kind: 'event',
      title: sourcesText.facts.groups.event,
      facts: content.events.map((e) =>
        entry('event', e.id, {
          title: e.title,
          meta: formatDate(e.date, e.dateEnd),
          ...support(e),
          sources: [...new Set([...e.sources, ...(e.report?.sources ?? [])])],
          to: eventLink(e.id),
        }),
      ),
    },
    {
      kind: 'actor',
      title: sourcesText.facts.groups.actor,
      facts: content.actors.map((a) =>
        entry('actor', a.id, { title: a.fullName, ...support(a), to: nodeLink(a.id) }),
      ),
    },
    {
      kind: 'term',
      title: sourcesText.facts.groups.term,
      facts: content.terms.map((t) =>
        entry('term', t.id, { title: t.term, ...support(t), to: termLink(t.id) }),
      ),
    },
    {
      kind: 'note',
      title: sourcesText.facts.groups.note,
      facts: content.notes.map((n) => entry('note', n.id, { title: n.title, ...support(n) })),
    },
    {
      kind: 'relation',
      title: sourcesText.facts.groups.relation,
      facts: stakeholders.relations.map((r) =>
        entry('relation', r.id, {
          title: actorsText.relationName(actorName(r.from), actorName(r.to), r.label, r.directed),
          ...support(r),
          to: relationLink(r.id),
        }),
      ),
    },
    {
      kind: 'position',
      title: sourcesText.facts.groups.position,
      facts: stakeholders.positions.filter(statesSomething).map((p) =>
        entry('position', positionFactId(p), {
          title: `${actorName(p.actor)}: ${issueLabel(p.issue)}`,
          meta: stanceLabel(
            stakeholders.issues.find((i) => i.id === p.issue),
            p.stance,
          ),
          ...support(p),
        }),
      ),
    },
    {
      kind: 'layer',
      title: sourcesText.facts.groups.layer,
      // The map's layers are facts too (data/map.json): the claimed regions rest on the events of
      // the claims, the states parties on the list they were checked against.
      facts: mapSpec.layers.flatMap(({ id, title, facts }) => {
        if (!facts) return [];
        const fromEvents = facts.events.flatMap((e) => content.eventById.get(e)?.sources ?? []);
        return entry('layer', id, {
          title,
          provenance: 'fakt',
          sources: [...new Set([...facts.sources, ...fromEvents])],
          paragraphs: [],
          to: routes.map,
        });
      }),
    },
    {
      kind: 'phase',
      title: sourcesText.facts.groups.phase,
      // A band's label rests on the events it names: their sources are its own.
      facts: phases.map((phase) =>
        entry('phase', phase.id, {
          title: phase.label,
          provenance: 'redaktion',
          sources: [
            ...new Set(phase.events.flatMap((id) => content.eventById.get(id)?.sources ?? [])),
          ],
          paragraphs: [],
          to: routes.timeline,
        }),
      ),
    },
  ];
  return groups.filter((g) => g.facts.length > 0);
}

/** For each source, the facts it supports, in the order of the groups. */
export function factsBySource(groups: FactGroup[]): Map<string, FactEntry[]> {
  const bySource = new Map<string, FactEntry[]>();
  for (const fact of groups.flatMap((g) => g.facts)) {
    for (const id of fact.sources) bySource.set(id, [...(bySource.get(id) ?? []), fact]);
  }
  return bySource;
}

export interface Unsourced {
  /** Facts with no external source that rest on the article's paragraphs (its own statements). */
  fromArticle: FactEntry[];
  /** Facts with neither a source nor a paragraph: these still lack a source. */
  none: FactEntry[];
}

/** The facts without an external source, split by whether the article itself supports them. */
export function factsWithoutSources(groups: FactGroup[]): Unsourced {
  const unsourced = groups.flatMap((g) => g.facts).filter((f) => f.sources.length === 0);
  return {
    fromArticle: unsourced.filter((f) => f.paragraphs.length > 0),
    none: unsourced.filter((f) => f.paragraphs.length === 0),
  };
}
