/**
 * What the printed story adds to the article: one still picture per section (or its context card),
 * the epilogue's sources and the numbered sources list. It is rendered once, when the site is
 * built (scripts/print.ts), into the HTML of `/` beside the app's root — never by the app, so it
 * costs the first load no script. It stays hidden on screen; print.css shows it on paper and puts
 * each picture after its section.
 */
import { ui } from '@locale/ui';
import { SourceTitle } from '../../components/ui/source-title';

/** The block's id, by which a page tells whether it has the block (see print-block.ts). */
export const PRINT_BLOCK_ID = 'druck';

export interface PrintCard {
  actors: string[];
  places: string[];
  events: { date: string; label: string; title: string }[];
}

export interface PrintFigureData {
  /** The section the picture belongs to (print.css puts it right after that section). */
  sectionId: string;
  /** "Abb. 1 · Chronik – Nähe und Misstrauen". */
  label: string;
  /** What the picture shows, its credit and its sources, as sentences. */
  caption: string[];
  /** A picture file (an SVG built from the section's visual state) … */
  image?: { src: string; width: number; height: number; alt: string };
  /** … or the section's context card. */
  card?: PrintCard;
}

export interface PrintSource {
  n: number;
  title: string;
  /** The title's language when it is not German (see the source schema). */
  lang?: string;
  url: string;
}

export interface PrintEditionProps {
  figures: PrintFigureData[];
  /** The line after the epilogue that names its sources. */
  epilogueSources: string;
  sources: { title: string; intro: string; items: PrintSource[]; geography: string };
}

function ContextCardPrint({ card }: { card: PrintCard }) {
  return (
    <div className="druck-kontext">
      <dl className="druck-kontext__liste">
        <dt>{ui.panel.actors}</dt>
        <dd>{card.actors.join(' · ')}</dd>
        {card.places.length > 0 && (
          <>
            <dt>{ui.panel.places}</dt>
            <dd>{card.places.join(' · ')}</dd>
          </>
        )}
        {card.events.length > 0 && (
          <>
            <dt>{ui.panel.events}</dt>
            <dd>
              <ul>
                {card.events.map((e) => (
                  <li key={`${e.date}-${e.title}`}>
                    <time dateTime={e.date}>{e.label}</time> {e.title}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

export function PrintEdition({ figures, epilogueSources, sources }: PrintEditionProps) {
  return (
    <div id={PRINT_BLOCK_ID} className="druck" hidden>
      {figures.map((figure) => (
        <figure key={figure.sectionId} className="druck-abb" data-zu={figure.sectionId}>
          {figure.image && (
            // Lazy: the first load never fetches it. The app fetches it once the browser is idle
            // (print-block.ts); without JavaScript, printing does.
            <img
              className="druck-abb__bild"
              src={figure.image.src}
              width={figure.image.width}
              height={figure.image.height}
              alt={figure.image.alt}
              loading="lazy"
              decoding="async"
            />
          )}
          {figure.card && <ContextCardPrint card={figure.card} />}
          <figcaption className="druck-abb__text">
            <strong>{figure.label}</strong> {figure.caption.join(' ')}
          </figcaption>
        </figure>
      ))}
      <p className="druck-nachtrag">{epilogueSources}</p>
      <section className="druck-quellen" aria-labelledby="druck-quellen-titel">
        <h2 id="druck-quellen-titel" className="druck-quellen__titel">
          {sources.title}
        </h2>
        <p className="druck-quellen__intro">{sources.intro}</p>
        <ol className="druck-quellen__liste">
          {sources.items.map((s) => (
            <li key={s.n} value={s.n}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                <SourceTitle source={s} />
              </a>
            </li>
          ))}
        </ol>
        {sources.geography && <p className="druck-quellen__intro">{sources.geography}</p>}
      </section>
    </div>
  );
}
