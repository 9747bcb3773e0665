/**
 * One view of the article alone, for another site's page to show in an iframe: /einbetten/karte
 * (in an English edition /embed/map). No masthead, no navigation, no story: the view fills the
 * frame, whose size the embedding page sets, and follows the actor filter of its address
 * (?akteur=ukraine). Under it, a link to the whole explainer. That link, and every link in the view
 * that leads to another page of the explainer, opens in the reader's page, not in the frame.
 * A chunk of its own: the story's first load carries none of it.
 */
import { lazy, Suspense, type MouseEvent } from 'react';
import { loadingUi } from '@locale/loading';
import { pagesText } from '@locale/pages';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { content } from '../content';
import { withDetailTexts } from '../content/detail-texts';
import type { VisualState } from '../content/schema';
import { useActorFilter, withActorFilter } from '../lib/use-actor-filter';
import type { VisualView, VisualViews } from './visuals';
import { useHydrated } from '../lib/use-hydrated';
import './embed.css';

/** The diagram as its page shows it: every actor and relation, every label. */
const DiagramEmbed = lazy(() => withDetailTexts(import('../features/actors/diagram-embed')));

/**
 * What the map and the timeline show embedded: all of it, nothing singled out (the map's frame
 * holds every place of the explainer).
 */
const overview = (view: VisualView): VisualState => ({ view, actors: [], places: [], events: [] });

/**
 * A click on a link to another page (the whole explainer, the diagram's actor on /akteure, a
 * place's paragraph in the story) leaves the frame: the page opens in the reader's window. Links
 * within the view (its own address with another query) stay in the frame.
 */
function leaveFrame(event: MouseEvent) {
  // An HTML link or an SVG one (the diagram's nodes and relations).
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const href = link?.getAttribute('href');
  if (!link || !href || link.hasAttribute('target')) return;
  const to = new URL(href, document.baseURI);
  if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
  link.setAttribute('target', '_top');
  // The browser follows the link; the router's own click handler must not keep it in the frame.
  event.stopPropagation();
}

export default function EmbedPage({ view, views }: { view: VisualView; views: VisualViews }) {
  const { selected } = useActorFilter({ ahead: false });
  // The views draw in the browser only (they measure their box); the HTML holds the frame.
  const hydrated = useHydrated();
  const keep = withActorFilter('', selected);
  const View = views[view];
  return (
    <main id="inhalt" className="embed" data-view={view} onClickCapture={leaveFrame}>
      <div className="embed__view">
        {hydrated && (
          <ErrorBoundary
            fallback={(retry) => (
              <p className="embed__failed" role="status">
                {pagesText.embed.failed}{' '}
                <button type="button" onClick={retry}>
                  {loadingUi.retry}
                </button>
              </p>
            )}
            onCaught={View?.forgetFailure}
          >
            <Suspense fallback={null}>
              {view === 'akteure' ? (
                <DiagramEmbed selected={selected} />
              ) : (
                View && <View visual={overview(view)} selected={selected} sectionId="embed" />
              )}
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <p className="embed__more">
        <a href={`${import.meta.env.BASE_URL}${keep}`} target="_top">
          {pagesText.embed.more(content.site.title)}
        </a>
      </p>
    </main>
  );
}
