/**
 * The interface text of the printed story: the pictures' captions and alternative texts and the
 * sources list. It is used only when the site is built (scripts/print.ts) and never reaches a
 * browser chunk; the printed page carries it as prerendered HTML.
 */
export const printUi = {
  /** "Abb. 2": a picture's number, as its caption names it. */
  figure: (n: number) => `Abb. ${n}`,
  kinds: {
    kontext: 'Kontext',
    chronik: 'Chronik',
    akteure: 'Akteure',
    karte: 'Karte',
  },
  /** What a picture shows, after its number, its kind and the section's short title. */
  shows: {
    kontext: 'Wer, wo und wann: die Akteure, Orte und Daten, von denen der Abschnitt handelt.',
    chronik: (from: string, to: string) =>
      `Die Zeitleiste vom ${from} bis zum ${to}; die Ereignisse des Abschnitts sind umrandet und fett beschriftet.`,
    akteure: (names: string) =>
      `Das Beziehungsgeflecht mit ${names} im Mittelpunkt; beschriftet sind die Beziehungen, von denen der Abschnitt handelt.`,
    karte: (area: string) =>
      `${area}; die Orte des Abschnitts sind größer gezeichnet und umrandet.`,
  },
  alt: {
    chronik: (from: string, to: string, events: string) =>
      `Zeitleiste vom ${from} bis zum ${to}. Hervorgehoben: ${events}.`,
    akteure: (names: string, relations: string) =>
      `Beziehungsgeflecht der Akteure. Im Mittelpunkt: ${names}. Beziehungen: ${relations}.`,
    karte: (area: string, places: string, layers: string) =>
      `Karte, ${area}. Orte: ${places}.${layers ? ` ${layers}` : ''}`,
  },
  /** The map's area, by its bounds ("50–71,5° N, 150° O – 120° W") and the countries it names. */
  area: (bounds: string, countries: string) =>
    `Ausschnitt ${bounds}${countries ? `, beschriftet: ${countries}` : ''}`,
  /** The compass points of a map's bounds ("120° W"). */
  compass: { north: 'N', east: 'O', west: 'W' },
  /** The sources of a picture, as numbers of the printed sources list. */
  sources: (numbers: string) => `Quellen: ${numbers}.`,
  articleOnly: 'Beleg: der Artikel.',
  geography: 'Kartengrundlage: Natural Earth.',
  /** The line after the epilogue, with the numbers of its sources. */
  epilogueSources: (numbers: string) => `Quellen des Nachtrags: ${numbers}.`,
  list: {
    title: 'Quellen',
    intro:
      'Die Quellen der Fakten, die dieser Erklärtext zeigt: in den Anmerkungen zum Text, in den Abbildungen und im Nachtrag. Die Nummern in den Bildunterschriften verweisen auf diese Liste.',
  },
} as const;
