import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { useActiveStep } from './active-step';

/** Links to every section; the one being read is marked for sighted and screen-reader users. */
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
            >
              {s.shortTitle}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
