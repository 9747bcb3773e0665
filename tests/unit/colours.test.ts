import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine's colours are the tokens of src/styles/tokens.css, where the contrast test sees them
 * (tests/unit/contrast.test.ts). A colour written anywhere else in the stylesheets, the components
 * or the scripts that draw pictures escapes that test: this one finds it. Stylesheets and code use
 * `var(--token)` (with an alpha: `rgb(var(--token-rgb) / 0.5)`); scripts that need a value read it
 * through scripts/css-tokens.ts. The article's own colours (its actors) are content, in its data.
 */

const root = join(import.meta.dirname, '../..');
const TOKENS = 'src/styles/tokens.css';
/** Colours that are not the page's: build-geo's previews, looked at by hand, never by readers. */
const EXEMPT = new Set(['scripts/geo/preview.ts']);

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'articles' ? [] : files(path);
    return /\.(css|ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [path]
      : [];
  });
}

/** The text without its comments, line numbers kept. */
function code(text: string, css: boolean): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
  const withoutBlocks = text.replace(/\/\*[\s\S]*?\*\//g, blank);
  return css ? withoutBlocks : withoutBlocks.replace(/(?<![:'"`])\/\/[^\n]*/g, blank);
}

const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(\s*\d[^)]*\)/gi;
const named = /(?<![-\w])(?:white|black)(?![-\w])/gi;

function literalsIn(path: string): string[] {
  const css = path.endsWith('.css');
  return code(readFileSync(join(root, path), 'utf8'), css)
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(literal), ...(css ? line.matchAll(named) : [])].map(
        (m) => `${path}:${i + 1}: ${m[0]}`,
      ),
    );
}

describe('the engine’s colours', () => {
  const scanned = [...files('src'), ...files('scripts')].filter(
    (path) => path !== TOKENS && !EXEMPT.has(path),
  );

  it('are tokens: no colour is written outside src/styles/tokens.css', () => {
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned.flatMap(literalsIn)).toEqual([]);
  });

  it('are found when one is written elsewhere', () => {
    const probe = (text: string, css: boolean) =>
      code(text, css)
        .split('\n')
        .flatMap((line) => [...line.matchAll(literal), ...(css ? line.matchAll(named) : [])])
        .map((m) => m[0]);
    expect(probe('.a { color: #fff; background: rgb(0 0 0 / 0.2); }', true)).toEqual([
      '#fff',
      'rgb(0 0 0 / 0.2)',
    ]);
    expect(probe('.a { fill: white; white-space: nowrap } /* #123456 */', true)).toEqual(['white']);
    expect(probe("const tone = '#f3ddd3'; // '#000'", false)).toEqual(['#f3ddd3']);
    expect(probe('.a { color: rgb(var(--ink-rgb) / 0.6); }', true)).toEqual([]);
  });
});
