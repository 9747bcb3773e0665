/**
 * A deterministic estimate of how wide a label is, so the layout can keep labels apart without
 * measuring the DOM (and the same on the server, in tests and in every browser). The widths are
 * DejaVu Sans's (measured in Chromium), the widest face the interface font stack falls back to:
 * in the narrower system faces (San Francisco, Segoe UI, Roboto) a label only gets shorter.
 */

/** Advance widths in em, grouped: [width, characters]. */
const regular: [number, string][] = [
  [0.28, "'ijl"],
  [0.3, 'IJ'],
  [0.32, ' ,.’'],
  [0.34, '/:;\\|'],
  [0.36, 'f'],
  [0.38, '-'],
  [0.4, '()[]t'],
  [0.42, '!r'],
  [0.46, '"'],
  [0.5, '*_`–'],
  [0.52, '„“”'],
  [0.54, '?sz'],
  [0.56, 'Lc'],
  [0.58, 'Fk'],
  [0.6, 'vxy'],
  [0.62, 'PTYaeoäö«»é'],
  [0.64, '0123456789$ESbdghnpqu{}üß'],
  [0.66, 'K'],
  [0.7, 'ABCRVXZÄ'],
  [0.74, 'UÜ'],
  [0.76, 'HN'],
  [0.78, '&DG'],
  [0.8, 'OQÖ'],
  [0.82, 'w'],
  [0.84, '#+<=>^~'],
  [0.88, 'M'],
  [0.96, '%'],
  [0.98, 'm'],
  [1, '@W—…'],
];

const bold: [number, string][] = [
  [0.32, "'"],
  [0.36, ' ijl'],
  [0.38, ',./IJ\\|’'],
  [0.4, ':;'],
  [0.42, '-'],
  [0.44, 'f'],
  [0.46, '!()[]'],
  [0.48, 't'],
  [0.5, '_`r–'],
  [0.54, '"*'],
  [0.6, '?csz'],
  [0.64, 'L'],
  [0.66, 'vxy„“”«»'],
  [0.68, 'aekäé'],
  [0.7, '0123456789$EFToö'],
  [0.72, 'bdghnpqu{}üß'],
  [0.74, 'CPSYZ'],
  [0.78, 'ABKRVXÄ'],
  [0.82, 'UÜ'],
  [0.84, '#+<=>DGHN^~'],
  [0.86, 'OQÖ'],
  [0.88, '&'],
  [0.94, 'w'],
  [1, '@M—…'],
  [1.02, '%'],
  [1.06, 'm'],
  [1.12, 'W'],
];

const toMap = (groups: [number, string][]) =>
  new Map(groups.flatMap(([width, chars]) => [...chars].map((c) => [c, width] as const)));
const regularWidths = toMap(regular);
const boldWidths = toMap(bold);
/** Characters not in the table (other scripts, symbols) count as the widest letter: too wide, never too narrow. */
const UNKNOWN = 1.12;

export function estimateTextWidth(text: string, fontSize: number, isBold = false): number {
  const widths = isBold ? boldWidths : regularWidths;
  let em = 0;
  for (const char of text) em += widths.get(char) ?? UNKNOWN;
  return em * fontSize;
}

/**
 * The text, shortened after a whole word with "…" so that it fits the width; '' if not even the
 * first word fits. Never mid-word: what a label shows must stay part of the event's accessible
 * name (WCAG 2.5.3), word for word.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, isBold = false): string {
  if (estimateTextWidth(text, fontSize, isBold) <= maxWidth) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const candidate = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:–-]+$/, '')}…`;
    if (estimateTextWidth(candidate, fontSize, isBold) <= maxWidth) return candidate;
  }
  return '';
}
