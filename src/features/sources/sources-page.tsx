import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, NavigationType, useLocation, useNavigationType } from 'react-router';
import { content } from '../../content';
import type { Source } from '../../content/schema';
import { useSources } from '../../content/sources';
import { stakeholders } from '../../content/stakeholders';
import { sourceAnchor } from '../../content/target';
import { mapSpec } from '../../content/map';
import { ui } from '@locale/ui';
import { detailText } from '@locale/detail';
import { fonts, software, sourcesText, type Material } from '@locale/quellen';
import { PageHeader } from '../../components/ui/page-header';
import { ProvenanceBadge } from '../../components/ui/provenance-badge';
import { SourceTitle } from '../../components/ui/source-title';
import { formatDate, formatDateRange } from '../../lib/dates';
import { useHydrated } from '../../lib/use-hydrated';
import { withFilterOf } from '../../lib/use-actor-filter';
import { factGroups, factsBySource, type FactEntry } from './fact-index';
import './sources-page.css';
import { pageKindOf } from '../../lib/routes';
import { pagesText } from '@locale/pages';

const sections = {
  article: 'artikel',
  stand: 'stand',
  facts: 'belege',
  index: 'alle-quellen',
  materials: 'daten-und-lizenzen',
  method: 'methode',
} as const;

/** An external link: a new tab that cannot reach back into this page, and no referrer. */
function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  );
}

/**
 * The sources page: the article and its author, the Stand and the change log, every fact the
 * explainer shows grouped by what it supports (each with an anchor the detail views link to),
 * an index of every source, the origin and licence of the data, and the method.
 */
export function SourcesPage() {
  const sources = useSources();
  const { search } = useLocation();
  const groups = useMemo(() => factGroups(content, stakeholders, formatDateRange), []);
  const bySource = useMemo(() => factsBySource(groups), [groups]);
  const factCount = groups.reduce((n, g) => n + g.facts.length, 0);
  const current = useTargetEntry(sources !== null);
  const link = (to: string) => withFilterOf(to, search);

  return (
    <div className="page page--narrow sources-page">
      <PageHeader title={ui.sourcesPage.title} intro={sourcesText.intro}>
        <nav className="sources-page__toc" aria-label={sourcesText.contentsLabel}>
          <ul>
            <li>
              <a href={`#${sections.article}`}>{sourcesText.article.heading}</a>
            </li>
            <li>
              <a href={`#${sections.stand}`}>{sourcesText.stand.heading}</a>
            </li>
            <li>
              <a href={`#${sections.facts}`}>{sourcesText.facts.heading}</a>
            </li>
            <li>
              <a href={`#${sections.index}`}>{sourcesText.index.heading}</a>
            </li>
            <li>
              <a href={`#${sections.materials}`}>{sourcesText.materials.heading}</a>
            </li>
            <li>
              <a href={`#${sections.method}`}>{sourcesText.method.heading}</a>
            </li>
          </ul>
        </nav>
      </PageHeader>

      <section className="sources-page__section" aria-labelledby={sections.article}>
        <h2 id={sections.article}>{sourcesText.article.heading}</h2>
        <dl className="sources-page__facts">
          <dt>{sourcesText.article.title}</dt>
          <dd>
            <Link to={link('/')}>{content.title}</Link>
          </dd>
          <dt>{sourcesText.article.author}</dt>
          <dd>{content.author}</dd>
          <dt>{pagesText.written}</dt>
          <dd>{content.written}</dd>
        </dl>
        <p>{sourcesText.article.rights(content.author)}</p>
      </section>

      <section className="sources-page__section" aria-labelledby={sections.stand}>
        <h2 id={sections.stand}>{sourcesText.stand.heading}</h2>
        <p>
          {sourcesText.stand.checked}{' '}
          <time dateTime={content.stand} data-stand>
            {formatDate(content.stand)}
          </time>
          .
        </p>
        <h3>{sourcesText.stand.changes}</h3>
        <ul className="sources-page__changes">
          {[...content.changes]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((change) => (
              <li key={`${change.date}-${change.text}`}>
                <time dateTime={change.date}>{formatDate(change.date)}</time>: {change.text}
              </li>
            ))}
        </ul>
      </section>

      <section className="sources-page__section" aria-labelledby={sections.facts}>
        <h2 id={sections.facts}>{sourcesText.facts.heading}</h2>
        <p>{sourcesText.facts.intro}</p>
        <p className="sources-page__count">{sourcesText.facts.count(factCount, bySource.size)}</p>
        <ul className="sources-page__groups">
          {groups.map((group) => (
            <li key={group.kind}>
              <a href={`#angaben-${group.kind}`}>
                {group.title}
                {/* "Akteure" is also the actors' page, in the main navigation. */}
                <span className="visually-hidden"> – {sourcesText.facts.groupLink}</span>
              </a>{' '}
              ({group.facts.length})
            </li>
          ))}
        </ul>
        {groups.map((group) => (
          <section
            key={group.kind}
            className="source-group"
            aria-labelledby={`angaben-${group.kind}`}
            data-group={group.kind}
          >
            <h3 id={`angaben-${group.kind}`}>
              {group.title}{' '}
              <span className="source-group__count">
                ({sourcesText.facts.groupCount(group.facts.length)})
              </span>
            </h3>
            <ol className="source-group__list">
              {group.facts.map((fact) => (
                <FactItem
                  key={fact.anchor}
                  fact={fact}
                  sources={sources}
                  current={current === fact.anchor}
                  link={link}
                />
              ))}
            </ol>
          </section>
        ))}
      </section>

      <section className="sources-page__section" aria-labelledby={sections.index}>
        <h2 id={sections.index}>{sourcesText.index.heading}</h2>
        <p>{sourcesText.index.intro}</p>
        {sources ? (
          <ol className="source-index">
            {[...sources.values()].map((source) => (
              <li
                key={source.id}
                id={sourceAnchor(source.id)}
                tabIndex={-1}
                className="source-index__item"
                data-current={current === sourceAnchor(source.id) ? 'true' : undefined}
              >
                <ExternalLink url={source.url}>
                  <SourceTitle source={source} />
                </ExternalLink>
                {source.read === false && (
                  <span className="fact__unread"> ({detailText.unread})</span>
                )}
                <p className="source-index__supports">
                  {sourcesText.index.supports}:{' '}
                  {(bySource.get(source.id) ?? []).map((fact, i) => (
                    <span key={fact.anchor}>
                      {i > 0 && '; '}
                      <a href={`#${fact.anchor}`}>{fact.title}</a>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="fact__sources-none">{ui.popover.sourcesLoading}</p>
        )}
      </section>

      <section className="sources-page__section" aria-labelledby={sections.materials}>
        <h2 id={sections.materials}>{sourcesText.materials.heading}</h2>
        <h3>{sourcesText.materials.datasets}</h3>
        {content.site.datasets.map((material) => (
          <MaterialItem key={material.name} material={material} />
        ))}
        <h3>{sourcesText.materials.fonts}</h3>
        <MaterialItem material={fonts} />
        <h3>{sourcesText.materials.software}</h3>
        <ul className="sources-page__software">
          {software.map((item) => (
            <li key={item.name}>
              <ExternalLink url={item.url}>{item.name}</ExternalLink> ({item.licence})
            </li>
          ))}
        </ul>
      </section>

      <section className="sources-page__section" aria-labelledby={sections.method}>
        <h2 id={sections.method}>{sourcesText.method.heading}</h2>
        {mapSpec.method.length > 0 && (
          <>
            <h3>{sourcesText.method.mapHeading}</h3>
            <ul className="sources-page__method">
              {mapSpec.method.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{sourcesText.method.checkHeading}</h3>
        <p>{sourcesText.method.kinds}</p>
        <dl className="sources-page__kinds">
          {(['artikel', 'redaktion', 'fakt', 'behauptung', 'medien'] as const).map((kind) => (
            <div key={kind}>
              <dt>
                <ProvenanceBadge kind={kind} />
              </dt>
              <dd>{ui.provenance[kind].help}</dd>
            </div>
          ))}
        </dl>
        <ul className="sources-page__method">
          {content.site.method.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One fact: its name (a link to where it is shown), kind, and sources or paragraphs. */
function FactItem({
  fact,
  sources,
  current,
  link,
}: {
  fact: FactEntry;
  sources: Map<string, Source> | null;
  current: boolean;
  link: (to: string) => string;
}) {
  return (
    <li
      id={fact.anchor}
      tabIndex={-1}
      className="source-fact"
      data-current={current ? 'true' : undefined}
    >
      <h4 className="source-fact__title">
        {fact.to ? (
          <Link to={link(fact.to)}>
            {fact.title}
            {/* The index below links the same name to this entry: this one leaves the page. */}
            <span className="visually-hidden">
              {' '}
              – {sourcesText.facts.shownIn[pageKindOf(fact.to) ?? 'sources']}
            </span>
          </Link>
        ) : (
          fact.title
        )}
      </h4>
      {fact.meta && <p className="source-fact__meta">{fact.meta}</p>}
      <p className="fact__badges">
        <ProvenanceBadge kind={fact.provenance} />
      </p>
      {fact.sources.length > 0 &&
        (sources ? (
          <ul className="fact__sources">
            {fact.sources.map((id) => {
              const source = sources.get(id);
              return source ? (
                <li key={id}>
                  <ExternalLink url={source.url}>
                    <SourceTitle source={source} />
                  </ExternalLink>
                </li>
              ) : null;
            })}
          </ul>
        ) : (
          <p className="fact__sources-none">{ui.popover.sourcesLoading}</p>
        ))}
      {fact.paragraphs.length > 0 && (
        <p className="source-fact__paragraphs">
          {fact.sources.length === 0 ? sourcesText.facts.article : sourcesText.facts.inArticle}:{' '}
          {fact.paragraphs.map((id, i) => {
            const where = paragraphPlace(id);
            return where ? (
              <span key={id}>
                {i > 0 && '; '}
                <Link to={link(`/#${id}`)}>{where}</Link>
              </span>
            ) : null;
          })}
        </p>
      )}
    </li>
  );
}

function MaterialItem({ material }: { material: Material }) {
  return (
    <div className="material">
      <p className="material__name">{material.name}</p>
      <p className="material__text">{material.text}</p>
      {material.licence && (
        <p className="material__licence">
          {sourcesText.materials.licence}: {material.licence}
        </p>
      )}
      {material.links.length > 0 && (
        <ul className="material__links">
          {material.links.map((l) => (
            <li key={l.url}>
              <ExternalLink url={l.url}>{l.label}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Nähe und Misstrauen, Absatz 2": where a paragraph stands in the article. */
function paragraphPlace(id: string): string | undefined {
  const paragraph = content.paragraphById.get(id);
  const section = paragraph && content.sections.find((s) => s.id === paragraph.sectionId);
  if (!paragraph || !section) return undefined;
  return sourcesText.facts.paragraph(section.shortTitle, section.paragraphs.indexOf(paragraph) + 1);
}

/**
 * The entry the URL's hash names: scrolled into view and marked when a link brings the reader
 * here (the page may arrive after the navigation, its chunk being lazy), and focused so that the
 * keyboard goes on from there. `:target` marks it on a full load; history navigation does not
 * update `:target`, hence the mark. Back and forward restore the scroll position instead.
 */
function useTargetEntry(sourcesLoaded: boolean): string | null {
  const { hash, key } = useLocation();
  const type = useNavigationType();
  const hydrated = useHydrated();
  const id = hydrated && hash ? decodeURIComponent(hash.slice(1)) : null;
  useEffect(() => {
    if (!id || type === NavigationType.Pop) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    // Not on the first load: the browser has placed it there already, and nothing was followed.
    if (key !== 'default') element.focus({ preventScroll: true });
  }, [id, key, type, sourcesLoaded]);
  return id;
}
