import { memo, useDeferredValue, useEffect, useRef, type ReactNode } from 'react';
import { NavigationType, NavLink, useLocation, useNavigationType } from 'react-router';
import { ui } from '@locale/ui';
import { PopoverProvider } from '../components/facts/popover';
import { routeFor } from './site';
import { hasView } from '../lib/links';
import { routes } from '../lib/routes';
import { useActorFilter, withActorFilter } from '../lib/use-actor-filter';
import { FilterNotice } from '../components/ui/actor-filter';
import { arriveAtEntry, restorePosition } from '../lib/history-position';
import { keepsScroll } from '../lib/url-state';
import { content } from '../content';

/** The main navigation: the story, the views this article has, the glossary and the sources. */
const links = [
  { to: routes.story, label: ui.nav.story },
  ...(hasView('karte') ? [{ to: routes.map, label: ui.nav.map }] : []),
  ...(hasView('chronik') ? [{ to: routes.timeline, label: ui.nav.timeline }] : []),
  ...(hasView('akteure') ? [{ to: routes.actors, label: ui.nav.actors }] : []),
  { to: routes.glossary, label: ui.nav.glossary },
  { to: routes.sources, label: ui.nav.sources },
];

/** Gives an element focus without scrolling, making it focusable first if it is not. */
function focusWithin(target: HTMLElement) {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex'))
    target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * Title per page; on a new page, scroll to the top (or the linked anchor) and move focus there,
 * so that the keyboard continues from what the reader asked for. Back and forward return to the
 * scroll position and the focus the reader left (see lib/history-position.ts).
 */
function useNavigationEffects() {
  const location = useLocation();
  const { pathname, hash } = location;
  const type = useNavigationType();
  const keepScroll = keepsScroll(location.state);
  const shownPath = useRef(pathname);
  useEffect(() => {
    document.title = routeFor(pathname).title;
  }, [pathname]);
  useEffect(() => {
    const entry = arriveAtEntry();
    const newPage = shownPath.current !== pathname;
    shownPath.current = pathname;
    if (type === NavigationType.Pop) {
      return entry && !entry.fresh ? restorePosition(entry.id) : undefined;
    }
    if (keepScroll) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView();
      focusWithin(target);
    } else if (!hash) {
      window.scrollTo(0, 0);
      // Unless the new page already put focus somewhere in it (an opened detail), the keyboard
      // starts at its content rather than at the top of the document.
      const main = document.getElementById('inhalt');
      if (newPage && main && !main.contains(document.activeElement)) {
        main.focus({ preventScroll: true });
      }
    }
    // Once per navigation (a new location object), including the browser's own jumps to an
    // anchor, which keep the router's key; the rest is read from that location.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location]);
}

/**
 * The masthead. Its links carry the actor filter to the other pages; they follow a filter change
 * a moment later (a deferred value), so that a toggle renders the chips and the text first.
 */
const Masthead = memo(function Masthead({ keep }: { keep: string }) {
  return (
    <header className="masthead">
      <NavLink to={`/${keep}`} className="masthead__name">
        {content.site.title}
      </NavLink>
      <nav className="masthead__nav" aria-label={ui.nav.label}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={`${link.to}${keep}`} end>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
});

export function Layout({ children }: { children: ReactNode }) {
  useNavigationEffects();
  const { selected } = useActorFilter({ ahead: false });
  const keep = useDeferredValue(withActorFilter('', selected));
  // A view embedded in another site's page stands alone: no masthead, no navigation (./embed.tsx).
  if (routeFor(useLocation().pathname).kind === 'embed') {
    return <PopoverProvider>{children}</PopoverProvider>;
  }
  return (
    <PopoverProvider>
      <a className="skip-link" href="#inhalt">
        {ui.skipToContent}
      </a>
      <Masthead keep={keep} />
      <main id="inhalt" tabIndex={-1}>
        <FilterNotice />
        {children}
      </main>
    </PopoverProvider>
  );
}
