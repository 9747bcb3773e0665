import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import { content } from '../../content';
import { ForeignWords } from '../../components/ui/foreign-words';
import type { Provenance } from '../../content/schema';
import { detailText } from '@locale/detail';
import { ProvenanceBadge } from '../../components/ui/provenance-badge';
import { SourceList, SourcesEntryLink } from '../../components/facts/fact-detail';
import { useActorFilter, withActorFilter } from '../../lib/use-actor-filter';
import { actorsText } from '@locale/akteure';

export interface Cited {
  provenance: Provenance;
  quote?: string;
  paragraphs: string[];
  sources: string[];
}

/** "Ohne die Ukraine, Absatz 1": where a paragraph stands in the article. */
export function paragraphPlace(id: string): string | undefined {
  const paragraph = content.paragraphById.get(id);
  const section = paragraph && content.sections.find((s) => s.id === paragraph.sectionId);
  if (!paragraph || !section) return undefined;
  return actorsText.paragraph(section.shortTitle, section.paragraphs.indexOf(paragraph) + 1);
}

/**
 * Where a statement comes from: its kind, the article's sentence (verbatim) with links to its
 * paragraphs, and the sources it was checked against.
 */
export function Citation(props: CitationProps) {
  const { selected } = useActorFilter();
  // The same string while the filter is the same: the body below then stays as it is (the
  // re-render once hydration is done reaches every citation on the page, all in one task).
  const keep = useMemo(() => withActorFilter('', selected), [selected]);
  return <CitationBody {...props} keep={keep} />;
}

interface CitationProps {
  cited: Cited;
  badge?: boolean;
  /** In a detail view: the statement's entry on the sources page, and its name. */
  entry?: { to: string; title: string };
}

const CitationBody = memo(function CitationBody({
  cited,
  badge = true,
  entry,
  keep,
}: CitationProps & {
  /** The filter's part of the links' address. */
  keep: string;
}) {
  return (
    <div className="citation">
      {badge && (
        <p className="fact__badges">
          <ProvenanceBadge kind={cited.provenance} />
        </p>
      )}
      {cited.quote && (
        <blockquote className="citation__quote">
          {actorsText.quoteOpen}
          <ForeignWords text={cited.quote} />
          {actorsText.quoteClose}
        </blockquote>
      )}
      {cited.paragraphs.length > 0 && (
        <p className="citation__where">
          {detailText.inArticle}:{' '}
          {cited.paragraphs.map((id, i) => {
            const place = paragraphPlace(id);
            return place ? (
              <span key={id}>
                {i > 0 && '; '}
                <Link to={`/${keep}#${id}`}>{place}</Link>
              </span>
            ) : null;
          })}
        </p>
      )}
      {cited.sources.length > 0 && (
        <>
          <p className="fact__label">{detailText.sources}</p>
          <SourceList ids={cited.sources} />
        </>
      )}
      {entry && <SourcesEntryLink to={entry.to} title={entry.title} />}
    </div>
  );
});
