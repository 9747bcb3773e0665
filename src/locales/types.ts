/**
 * A locale's text typed like the German reference edition (src/locales/de/), with its string
 * literals widened to string. Every edition annotates its exports with it, so the compiler proves
 * the shape matches: a missing or an extra key is an error, functions keep their parameters, and a
 * tuple (the months) keeps its length. Records (`Record<string, string>`) stay open records.
 */
export type LocaleText<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => LocaleText<R>
    : T extends object
      ? // Homomorphic over arrays and tuples too: a readonly tuple stays a tuple of its length.
        { readonly [K in keyof T]: LocaleText<T[K]> }
      : T;
