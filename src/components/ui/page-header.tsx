import type { ReactNode } from 'react';

export function PageHeader({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children?: ReactNode;
}) {
  return (
    <header className="page__header">
      <h1 className="page__title">{title}</h1>
      <p className="page__intro">{intro}</p>
      {children}
    </header>
  );
}
