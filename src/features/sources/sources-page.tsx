import { content } from '../../content';
import { useSources } from '../../content/sources';
import { ui } from '../../content/ui.de';
import { PageHeader } from '../../components/ui/page-header';
import { formatDate } from '../../lib/dates';

/** Every source, the article's author and date, the content's Stand and its change log. */
export function SourcesPage() {
  const sources = useSources();
  return (
    <div className="page page--narrow">
      <PageHeader title={ui.sourcesPage.title} intro={ui.sourcesPage.intro} />
      <p>
        {ui.bylineLabel}: {content.author} ({content.written}).{' '}
        {ui.contentStand(formatDate(content.stand))}.
      </p>
      <h2>{ui.sourcesPage.changes}</h2>
      <ul>
        {content.changes.map((change) => (
          <li key={`${change.date}-${change.text}`}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>: {change.text}
          </li>
        ))}
      </ul>
      <h2>{ui.sourcesPage.title}</h2>
      <ul className="sources">
        {[...(sources?.values() ?? [])].map((source) => (
          <li key={source.id} id={`quelle-${source.id}`}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
