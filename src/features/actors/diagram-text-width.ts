/**
 * The diagram's text width without a DOM, in px: coarser and wider than the shared per-character
 * estimate (src/lib/text-width.ts), and kept because the label placer's reviewed pictures rest on
 * it: measured with the shared table, the label boxes shrink by a few px and the placer leaves a
 * label over a tether or another edge's line in a few story states of both articles.
 * The widths per character class are those of DejaVu Sans (the
 * widest common sans serif, and the system font of the test machine) in bold, so every label box
 * holds its text in any font the reader has.
 */
const NARROW = "ijlI.,:;!|' ";
const SLIM = 'ftrJ()-/';
const WIDE = 'mwMW';
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ';

export function textWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.includes(ch)) em += 0.36;
    else if (SLIM.includes(ch)) em += 0.5;
    else if (WIDE.includes(ch)) em += 1.1;
    else if (CAPITALS.includes(ch)) em += 0.85;
    else if (ch === '–' || ch === '→') em += 0.84;
    else em += 0.72;
  }
  return em * px * (bold ? 1 : 0.92);
}
