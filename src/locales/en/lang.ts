import type { lang as de } from '../de/lang';
import type { LocaleText } from '../types';

/** The edition's language: for Intl (dates, sorting) and the pages' `lang`. */
export const lang: LocaleText<typeof de> = { code: 'en', tag: 'en-GB' };
