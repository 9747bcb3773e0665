import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { content } from '../../content';
import { useSources } from '../../content/sources';
import { ui } from '@locale/ui';
import { detailText } from '@locale/detail';
import { ProvenanceBadge } from '../ui/provenance-badge';
import { ForeignWords } from '../ui/foreign-words';
import { SourceTitle } from '../ui/source-title';
import { formatDateRange } from '../../lib/dates';
import { withFilterOf } from '../../lib/use-actor-filter';
import type { Provenance } from '../../content/schema';
import type { FactSummary } from './fact-summary';
import { eventLink, nodeLink } from '../../lib/links';

/**
 * One link per section of the article that mentions the fact, to its first paragraph there: two
 * paragraphs of one section would give two links of the same name ("Europas Sorge, Europas Sorge").
 * Each link is named by its section and paragraph ("Europas Sorge, Absatz 2"): another fact's link
 * into the same section may lead to another paragraph, and the contents link to the section itself.
 */
export function sectionLinks(paragraphs: readonly string[]): { id: string; name: string }[] {
  const seen = new Set<string>();
  const links: { id: string; name: string }[] = [];
  for (const id of paragraphs) {
    const paragraph = content.paragraphById.get(id);
    const section = paragraph && content.sections.find((s) => s.id === paragraph.sectionId);
    if (!section || seen.has(section.id)) continue;
    seen.add(section.id);
    const n = section.paragraphs.indexOf(paragraph) + 1;
    links.push({ id, name: detailText.paragraph(section.shortTitle, n) });
  }
  return links;
}

export function SourceList({ ids, provenance }: { ids: string[]; provenance?: Provenance }) {
  const sources = useSources();
  if (ids.length === 0) {
    // Only the author's own words rest on the article alone; the newsroom's words say whose they are.
    return (
      <p className="fact__sources-none">
        {provenance === 'redaktion' ? detailText.noSourcesNewsroom : ui.popover.noSources}
      </p>
    );
  }
  if (!sources) return <p className="fact__sources-none">{ui.popover.sourcesLoading}</p>;
  return (
    <ul className="fact__sources">
      {ids.map((id) => {
        const source = sources.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              <SourceTitle source={source} />
            </a>
            {source.read === false && <span className="fact__unread"> ({detailText.unread})</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** A link to where a thing is shown (with the filter kept), or its name alone where the article lacks that view. */
export function LinkOrText({ to, children }: { to: string | undefined; children: ReactNode }) {
  const keep = useKeepFilter();
  return to ? <Link to={keep(to)}>{children}</Link> : <>{children}</>;
}

/** Keeps the reader's actor filter on internal links. */
function useFilteredLink(to: string): string {
  return withFilterOf(to, useLocation().search);
}

/** An action on the fact ("Auf der Karte zeigen"); its name ends with the fact's, for lists of links. */
function FilteredLink({ to, children, title }: { to: string; children: string; title: string }) {
  return (
    <Link className="fact__action" to={useFilteredLink(to)} aria-label={`${children}: ${title}`}>
      {children}
    </Link>
  );
}

/** Keeps the reader's actor filter on internal links: returns a function from path to link. */
export function useKeepFilter(): (to: string) => string {
  const { search } = useLocation();
  return (to) => withFilterOf(to, search);
}

/**
 * The "Quellen" line of every detail view: a link to the fact's entry on the sources page, where
 * its sources, kind and the method behind it stand together. Keeps the reader's filter.
 */
export function SourcesEntryLink({ to, title }: { to: string; title: string }) {
  return (
    <p className="fact__sources-entry">
      {/* The name says which fact, for lists of links; it begins with the visible words. */}
      <Link to={useFilteredLink(to)} aria-label={`${detailText.sourcesEntry}: ${title}`}>
        {detailText.sourcesEntry}
      </Link>
    </p>
  );
}

/** A correction of the author's words, shown beside them; the article itself stays as written. */
export function Correction({ text }: { text: string }) {
  return (
    <p className="fact__correction">
      <strong>{detailText.correction}:</strong> {text}
    </p>
  );
}

/** A statement of another kind about the same fact (a media report), with its badge and sources. */
export function Report({ report }: { report: NonNullable<FactSummary['report']> }) {
  return (
    <div className="fact__report">
      <p className="fact__badges">
        <ProvenanceBadge kind={report.provenance} />
      </p>
      <p className="fact__text">
        <ForeignWords text={report.text} />
      </p>
      <SourceList ids={report.sources} />
    </div>
  );
}

/** The detail of one fact: shared by popovers, the context panel and the text-alternative pages. */
export function FactDetail({
  summary,
  headingId,
  headingLevel = 2,
}: {
  summary: FactSummary;
  headingId?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const keep = useKeepFilter();
  const actors = (summary.actors ?? []).flatMap((id) => content.actorById.get(id) ?? []);
  return (
    <div className="fact">
      {summary.kind && <p className="fact__kind">{summary.kind}</p>}
      <Heading className="fact__title" id={headingId}>
        <ForeignWords text={summary.title} />
      </Heading>
      {summary.meta && <p className="fact__meta">{summary.meta}</p>}
      <p className="fact__badges">
        <ProvenanceBadge
          kind={summary.provenance}
          {...(summary.party ? { party: summary.party } : {})}
        />
        {summary.flags.map((flag) => (
          <span key={flag} className="badge badge--flag">
            {flag}
          </span>
        ))}
      </p>
      <p className="fact__text">
        <ForeignWords text={summary.text} />
      </p>
      {summary.correction && <Correction text={summary.correction} />}
      {summary.report && <Report report={summary.report} />}
      {summary.note && (
        <p className="fact__note">
          <ForeignWords text={summary.note} />
        </p>
      )}
      {summary.events.length > 0 && (
        <>
          <p className="fact__label">{detailText.events}</p>
          <ul className="fact__events">
            {summary.events.map((id) => {
              const event = content.eventById.get(id);
              return event ? (
                <li key={id}>
                  <span className="fact__date">{formatDateRange(event.date, event.dateEnd)}</span>{' '}
                  <LinkOrText to={eventLink(id)}>{event.title}</LinkOrText>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
      {actors.length > 0 && (
        <p className="fact__actors">
          {detailText.actors}:{' '}
          {actors.map((actor, i) => (
            <span key={actor.id}>
              {i > 0 && ', '}
              <LinkOrText to={nodeLink(actor.id)}>{actor.name}</LinkOrText>
            </span>
          ))}
        </p>
      )}
      {summary.paragraphs.length > 0 && (
        <p className="fact__paragraphs">
          {detailText.inArticle}:{' '}
          {sectionLinks(summary.paragraphs).map(({ id, name }, i) => (
            <span key={id}>
              {i > 0 && '; '}
              <Link to={keep(`/#${id}`)}>{name}</Link>
            </span>
          ))}
        </p>
      )}
      <p className="fact__label">{detailText.sources}</p>
      <SourceList ids={summary.sources} provenance={summary.provenance} />
      {summary.sourcesEntry && <SourcesEntryLink to={summary.sourcesEntry} title={summary.title} />}
      {summary.link && (
        <FilteredLink to={summary.link.to} title={summary.link.object ?? summary.title}>
          {summary.link.label}
        </FilteredLink>
      )}
    </div>
  );
}
