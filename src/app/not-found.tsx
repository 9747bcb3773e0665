import { Link } from 'react-router';
import { ui } from '@locale/ui';
import { pagesText } from '@locale/pages';

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <h1 className="page__title">{ui.notFound.title}</h1>
      <p>{pagesText.notFound.text}</p>
      <p>
        <Link className="button" to="/">
          {pagesText.notFound.back}
        </Link>
      </p>
    </div>
  );
}
