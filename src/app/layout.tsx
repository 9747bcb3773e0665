import { memo, useDeferredValue, useEffect, type ReactNode } from 'react';
import { NavigationType, NavLink, useLocation, useNavigationType } from 'react-router';
import { ui } from '../content/ui.de';
import { PopoverProvider } from '../features/facts/popover';
import { routeFor } from './routes';
import { useActorFilter, withActorFilter } from '../features/filter/use-actor-filter';
import { FilterNotice } from '../features/filter/actor-filter';

const links = [
  { to: '/', label: ui.nav.story },
  { to: '/karte', label: ui.nav.map },
  { to: '/chronik', label: ui.nav.timeline },
  { to: '/akteure', label: ui.nav.actors },
  { to: '/glossar', label: ui.nav.glossary },
  { to: '/quellen', label: ui.nav.sources },
];

/** Title per page, and scroll to the top (or the linked anchor) on a new page; back restores. */
function useNavigationEffects() {
  const location = useLocation();
  const { pathname, hash } = location;
  const type = useNavigationType();
  const state: unknown = location.state;
  const keepScroll =
    typeof state === 'object' &&
    state !== null &&
    'keepScroll' in state &&
    state.keepScroll === true;
  useEffect(() => {
    document.title = routeFor(pathname).title;
  }, [pathname]);
  useEffect(() => {
    if (type === NavigationType.Pop || keepScroll) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash, type, keepScroll]);
}

/**
 * The masthead. Its links carry the actor filter to the other pages; they follow a filter change
 * a moment later (a deferred value), so that a toggle renders the chips and the text first.
 */
const Masthead = memo(function Masthead({ keep }: { keep: string }) {
  return (
    <header className="masthead">
      <NavLink to={`/${keep}`} className="masthead__name">
        {ui.siteName}
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
  const { selected } = useActorFilter();
  const keep = useDeferredValue(withActorFilter('', selected));
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
