/** The edition's language: for Intl (dates, sorting) and the pages' `lang`. */
export const lang = { code: 'de', tag: 'de-DE' } as const;
