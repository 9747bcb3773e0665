/**
 * Small helpers for the print pictures: escaping text for SVG and HTML, the design tokens as
 * colours, and CSS made compact for embedding in a picture.
 */
import tokensCss from '../../src/styles/tokens.css?raw';

/** Escapes text for an XML/HTML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A number for an SVG attribute: one decimal is finer than a printer's dot at this size. */
export const num = (n: number) => String(Math.round(n * 10) / 10);

/** The custom properties of tokens.css (`--actor-usa` → `#0a5c9e`), so pictures use the same colours. */
export function designTokens(css: string = tokensCss): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1]!, match[2]!.replace(/\s+/g, ' ').trim());
  }
  return tokens;
}

/** The design tokens as CSS for a standalone picture (its root element is the `:root`). */
export const tokensStyle = (): string => compactCss(tokensCss);

/** Comments and runs of whitespace removed: the CSS embedded in each picture stays small. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .trim();
}

/** `#rrggbb` colours mixed like CSS `color-mix(in srgb, a p%, b)`. */
export function mixColours(a: string, b: string, share: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x
    .map((v, i) => Math.round(v * share + y[i]! * (1 - share)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Makes React's static SVG markup a standalone document: namespace, size and its own styles. */
export function standaloneSvg(markup: string, width: number, height: number, css: string): string {
  const open = /^<svg\b[^>]*>/.exec(markup);
  if (!open) throw new Error('expected markup that starts with <svg>');
  const attrs = open[0]
    .slice(4, -1)
    .replace(/\s(?:width|height|xmlns)="[^"]*"/g, '')
    .trim();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ${attrs}>` +
    `<style>${css}</style>${markup.slice(open[0].length)}`
  );
}
