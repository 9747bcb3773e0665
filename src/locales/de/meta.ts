/**
 * What search engines and link previews read about each page: its description, the language and
 * the preview image's text alternative. Used only at build time (the prerender writes it into the
 * head of each page's HTML), so none of it travels to the browser as script.
 */
const story =
  'Trump und Putin treffen sich in Alaska: der Artikel von Andreas M. Brucker mit Karte, Chronik, Akteuren und geprüften Fakten.';

export const pageMeta = {
  /** Open Graph's locale of the German edition. */
  locale: 'de_DE',
  /** By path (as in src/app/routes.ts); "/404" is the page for unknown addresses. */
  descriptions: {
    '/': story,
    '/karte': 'Alaska, die Ukraine und die Hauptstädte, um die es beim Gipfel in Alaska geht.',
    '/chronik': 'Der Krieg in der Ukraine und seine Vorgeschichte, von 1867 bis zum Gipfel 2025.',
    '/akteure': 'USA, Russland, Ukraine, EU, NATO und der Internationale Strafgerichtshof.',
    '/glossar': 'Die Begriffe des Artikels zum Gipfel in Alaska, erklärt und belegt.',
    '/quellen':
      'Alle Quellen jeder Angabe, der Stand der Inhalte, die Korrekturen, die Daten der Karte mit ihren Lizenzen und die Methode.',
    '/404': story,
  } as Record<string, string>,
  imageAlt:
    'Karte von Europa bis Alaska mit Russland, der Ukraine und Alaska hervorgehoben, darunter der Titel des Artikels, sein Autor und die Farben der Akteure.',
} as const;
