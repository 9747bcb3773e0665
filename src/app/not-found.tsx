import { Link } from 'react-router';
import { ui } from '@locale/ui';

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <h1 className="page__title">{ui.notFound.title}</h1>
      <p>{ui.notFound.text}</p>
      <p>
        <Link className="button" to="/">
          {ui.notFound.back}
        </Link>
      </p>
    </div>
  );
}
