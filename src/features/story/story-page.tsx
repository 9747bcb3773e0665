import { useEffect, useRef, type ReactNode } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { formatDate } from '../../lib/dates';
import { replaceReadingHash } from '../../lib/url-state';
import { afterLoadWhenIdle } from '../../lib/when-idle';
import { ActorFilter } from '../../components/ui/actor-filter';
import { useActorFilter } from '../../lib/use-actor-filter';
import { observeSteps, SETTLE_MS } from './active-step';
import { AnnotatedParagraph } from './annotated-paragraph';
import { Epilogue } from './epilogue';
import { OpeningFigure } from './opening-figure';
import { rememberSection } from './resume';
import { TableOfContents } from './table-of-contents';
import { ToVisual } from './to-visual';
import { VisualPanel } from './visual-panel';
import type { PrefetchViews, VisualViews } from '../../app/visuals';

/** Keeps the address pointing at the section being read (none for the first), without history. */
function replaceHash(sectionId: string) {
  replaceReadingHash(sectionId === content.sections[0]!.id ? '' : `#${sectionId}`);
}

/**
 * The story's root element. It is the one element the actor filter changes: it names the chosen
 * actors in `data-filter` (and `data-filtered`), and the stylesheet highlights and dims every
 * mention, paragraph, panel item and epilogue entry by the actors they name. Its children are
 * made by StoryPage, which does not read the filter, so a toggle re-renders none of them.
 */
function FilterScope({ children }: { children: ReactNode }) {
  const { selected } = useActorFilter();
  return (
    <div
      className="story"
      data-filtered={selected.length > 0 ? 'true' : 'false'}
      data-filter={selected.length > 0 ? selected.join(' ') : undefined}
    >
      {children}
    </div>
  );
}

export function StoryPage({ views, prefetch }: { views?: VisualViews; prefetch?: PrefetchViews }) {
  const articleRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!articleRef.current) return;
    // The address and the storage follow once the reader rests on a section: a quick scroll
    // through several sections writes once, and never in the frame that changed the panel.
    const storyPath = window.location.pathname;
    let pending: string | null = null;
    let timer = 0;
    const write = () => {
      window.clearTimeout(timer);
      if (pending === null) return;
      // While the next page loads the story is still on screen, but the address is the next
      // page's already: it must not get the story's hash.
      if (window.location.pathname !== storyPath) return;
      replaceHash(pending);
      rememberSection(pending);
      pending = null;
    };
    const remember = () => {
      if (pending !== null) rememberSection(pending);
    };
    window.addEventListener('pagehide', remember);
    const stop = observeSteps(articleRef.current, (id) => {
      pending = id;
      window.clearTimeout(timer);
      timer = window.setTimeout(write, SETTLE_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', remember);
      remember();
    };
  }, []);

  useEffect(() => {
    // Once the browser is idle, the printed story's additions get ready for paper (adopted from
    // the HTML of `/` if the reader came from another page, their pictures fetched).
    if (import.meta.env.DEV) return;
    // Its code comes then too: no part of the first load.
    afterLoadWhenIdle(
      () => void import('./print-block').then((m) => m.preparePrint(import.meta.env.BASE_URL)),
    );
  }, []);

  const [lead, ...sections] = content.sections;
  return (
    <FilterScope>
      <div className="story__progress" aria-hidden="true" />
      <TableOfContents />
      <article ref={articleRef} className="story__article" lang={content.language}>
        {/* The lead and the sections, with the visual beside them (desktop) or behind the
            sections (phone): the visual is sticky inside this box, so on a phone it lets go of
            the screen once the last section has ended, before the byline and the epilogue. */}
        <div className="story__body">
          <section id={lead!.id} data-section={lead!.id} className="story__section story__lead">
            <p className="story__kicker">{content.site.tagline}</p>
            <h1 className="story__title" id={`${lead!.id}-titel`} tabIndex={-1}>
              {content.title}
            </h1>
            <OpeningFigure />
            {lead!.paragraphs.map((p) => (
              <AnnotatedParagraph key={p.id} paragraph={p} />
            ))}
            <p className="story__meta">
              {ui.byline(content.author)} · {content.written}
            </p>
            <div className="story__lead-filter">
              <ActorFilter />
            </div>
          </section>
          {/* Without an epilogue the page ends soon after the last step: room below it lets
              that step, too, reach the reading line (and its picture the panel). */}
          <div
            className={
              content.epilogue.events.length
                ? 'story__sections'
                : 'story__sections story__sections--room'
            }
          >
            {sections.map((section) => (
              <section
                key={section.id}
                id={section.id}
                data-section={section.id}
                className="story__section"
                aria-labelledby={`${section.id}-titel`}
              >
                <h2 className="story__heading" id={`${section.id}-titel`} tabIndex={-1}>
                  {section.heading}
                </h2>
                {section.paragraphs.map((p) => (
                  <AnnotatedParagraph key={p.id} paragraph={p} />
                ))}
                <ToVisual section={section} />
              </section>
            ))}
          </div>
          <VisualPanel views={views} prefetch={prefetch} />
        </div>
        <footer className="story__footer">
          <p className="story__byline">
            <span className="story__byline-label">{`${ui.bylineLabel}:`}</span> {content.author}
          </p>
          <p className="story__stand">{ui.contentStand(formatDate(content.stand))}</p>
        </footer>
      </article>
      <Epilogue />
    </FilterScope>
  );
}
