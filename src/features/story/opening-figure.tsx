import { Link } from 'react-router';
import { content } from '../../content';
import summit from '@article/data/summit.json';
import { factSourcesPath } from '../../content/target';
import { ui } from '@locale/ui';
import { formatDate } from '../../lib/dates';
import { OPENING_FILES } from './opening-files';

/** Where the wide picture takes over: a column wide enough for its text (≥ 12 px shown). */
const WIDE_FROM = '(min-width: 36rem)';

const name = (id: string) => content.placeById.get(id)?.name.replace(/\s*\([^)]*\)$/, '') ?? id;

/**
 * The story's opening picture: Alaska and Ukraine in one frame, the summit's place named and
 * dated. The pictures are static SVG files drawn when the site is built (see
 * scripts/figures/opening-figure.ts), so the HTML names them and the browser fetches them at once,
 * before any script: the first load carries no map code and no geography. As an `<img>` with its
 * size it reserves its box (no layout shift) and stays out of the HTML's own bytes.
 */
export function OpeningFigure() {
  // An article without a summit at its centre (no summit.json) opens with its text.
  if (!summit) return null;
  const event = content.eventById.get(summit.event);
  if (!event) return null;
  const date = formatDate(event.date);
  const base = import.meta.env.BASE_URL;
  const { narrow, wide } = summit.opening.sizes;
  // The alternative names what both sizes show.
  const places = narrow.places.filter((id) => wide.places.includes(id)).map(name);
  const alt = ui.opening.alt(summit.opening.alt, name(summit.place), date, places.join(', '));
  return (
    <figure className="story__opening">
      <picture>
        <source
          media={WIDE_FROM}
          srcSet={`${base}${OPENING_FILES.wide}`}
          width={wide.size[0]}
          height={wide.size[1]}
        />
        <img
          className="story__opening-image"
          src={`${base}${OPENING_FILES.narrow}`}
          width={narrow.size[0]}
          height={narrow.size[1]}
          alt={alt}
          // The first thing on the page that is not text: fetched with the stylesheet, not after it.
          fetchPriority="high"
        />
      </picture>
      <figcaption className="story__opening-caption">
        <strong>{ui.opening.credit}:</strong>{' '}
        {ui.opening.caption(event.title, date, summit.opening.caption)} {ui.opening.geography}.{' '}
        {ui.opening.facts} (
        <Link
          to={factSourcesPath('event', event.id)}
          aria-label={ui.opening.sourcesOf(event.title)}
        >
          {ui.opening.sources}
        </Link>
        ).
      </figcaption>
    </figure>
  );
}
