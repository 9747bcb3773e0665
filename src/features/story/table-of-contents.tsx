import type { MouseEvent } from 'react';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { useActiveStep } from './active-step';
import { ResumeOffer } from './resume';

/**
 * The jump a link in the contents makes: to the section (the browser's scroll, smooth unless the
 * reader asked for reduced motion), with the focus on its heading, so that the keyboard and a
 * screen reader go on from there rather than from the top of the page. A history entry, as the
 * browser's own jump to an anchor would be.
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const section = document.getElementById(id);
  const heading = document.getElementById(`${id}-titel`);
  if (!section || !heading) return;
  event.preventDefault();
  const { pathname, search } = window.location;
  window.history.pushState(null, '', `${pathname}${search}#${id}`);
  // As after the browser's own jump to an anchor: the router and the saved reading positions
  // (lib/history-position.ts) learn of the new entry from its popstate.
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  section.scrollIntoView();
  heading.focus({ preventScroll: true });
}

/**
 * Links to every section; the one being read is marked for sighted and screen-reader users. A
 * returning reader finds the offer to continue here too, in the flow: it covers no text.
 */
export function TableOfContents() {
  const first = content.sections[0]!;
  const { section } = useActiveStep(first.id);
  return (
    <nav className="toc" aria-label={ui.toc.label}>
      <p className="toc__title">{ui.toc.title}</p>
      <ol className="toc__list">
        {content.sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              className="toc__link"
              aria-current={s.id === section ? 'location' : undefined}
              onClick={(event) => jumpTo(event, s.id)}
            >
              {s.shortTitle}
            </a>
          </li>
        ))}
      </ol>
      <ResumeOffer />
    </nav>
  );
}
