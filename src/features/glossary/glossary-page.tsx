import { content } from '../../content';
import { ui } from '@locale/ui';
import { ForeignWords } from '../../components/ui/foreign-words';
import { PageHeader } from '../../components/ui/page-header';
import { FactDetail } from '../../components/facts/fact-detail';
import { describeTarget } from '../../components/facts/fact-summary';
import { pagesText } from '@locale/pages';
import { compareText } from '../../lib/dates';

/** Every term annotated in the article, alphabetically, with its definition and sources. */
export function GlossaryPage() {
  const terms = [...content.terms].sort((a, b) =>
    compareText(a.term.replace(/^\W+/, ''), b.term.replace(/^\W+/, '')),
  );
  return (
    <div className="page">
      <PageHeader title={ui.glossary.title} intro={pagesText.glossary.intro} />
      <dl className="glossary">
        {terms.map((term) => {
          const summary = describeTarget({ type: 'term', id: term.id })!;
          return (
            <div key={term.id} id={term.id} className="glossary__entry">
              <dt className="visually-hidden">
                <ForeignWords text={term.term} />
              </dt>
              <dd>
                <FactDetail summary={{ ...summary, link: undefined }} />
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
