/**
 * The words of a fact's detail (the popover, and the same details on the pages beside the story)
 * that the story's first load does not need: they travel with the detail's chunk, not in ui.ts.
 */
export const detailText = {
  close: 'Schließen',
  sources: 'Quellen',
  noSourcesNewsroom:
    'Keine Quelle außer dem Artikel: Die Erklärung ist die der Redaktion, die Stellen im Artikel stehen oben.',
  /** After a source whose page could not be read when the facts were checked. */
  unread: 'bei der Prüfung nicht lesbar, nicht als Beleg gezählt',
  /** A correction note beside the author's words, which stay as written. */
  correction: 'Korrektur',
  sourcesEntry: 'Eintrag im Quellenverzeichnis',
  inArticle: 'Im Artikel',
  paragraph: (section: string, n: number) => `${section}, Absatz ${n}`,
  events: 'Ereignisse',
  actors: 'Beteiligt',
} as const;
