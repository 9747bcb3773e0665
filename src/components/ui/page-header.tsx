import type { ReactNode } from 'react';

export function PageHeader({
  title,
  intro,
  children,
}: {
  title: string;
  /** The page's introduction (a view's comes from the article's site.json). */
  intro?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <header className="page__header">
      <h1 className="page__title">{title}</h1>
      {intro && <p className="page__intro">{intro}</p>}
      {children}
    </header>
  );
}
