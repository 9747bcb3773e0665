/**
 * The text of the pages beside the story that the story's first load does not need: it travels
 * with those pages (the glossary, the sources page, the page for unknown addresses).
 */
export const pagesText = {
  written: 'Stand des Artikels',
  glossary: { intro: 'Alle Begriffe, die im Artikel erklärt werden, mit ihren Belegen.' },
  embed: {
    /** The link under an embedded view, to the whole explainer (opens in the page, not the frame). */
    more: (site: string) => `${site}: der ganze Erklärtext`,
    failed: 'Diese Grafik konnte nicht angezeigt werden.',
  },
  notFound: {
    text: 'Unter dieser Adresse gibt es nichts. Vielleicht hilft der Artikel weiter:',
    back: 'Zum Artikel',
  },
} as const;
