/**
 * Small helpers for the print pictures: the design tokens and the views' stylesheets made compact
 * for embedding in a picture.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorStylesheet } from '../../src/styles/actor-styles';
import { articleActors } from '../vite/actor-styles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A stylesheet of the project (a path from its root), read as it is written. */
export function stylesheet(path: string): string {
  return readFileSync(resolve(root, path), 'utf8');
}

/** A number for an SVG attribute: one decimal is finer than a printer's dot at this size. */
export const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The design tokens as CSS for a standalone picture (its root element is the `:root`), with the
 * article's actor colours and colour classes (src/styles/actor-styles.ts).
 */
export const tokensStyle = (): string =>
  compactCss(stylesheet('src/styles/tokens.css')) + actorStylesheet(articleActors());

/** Comments and runs of whitespace removed: the CSS embedded in each picture stays small. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .trim();
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
