/**
 * The design tokens as written in src/styles/tokens.css: the one reader of that file for the
 * checks, the tests and the pictures the build draws (social image, opening figure), which must
 * know a colour's value rather than name it with var().
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../src/content/palette';

export const TOKENS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'styles',
  'tokens.css',
);

/** Every custom property of tokens.css, by name, as written ("--paper" → "#fbfaf7"). */
export function cssTokens(): Map<string, string> {
  return new Map(
    Array.from(
      readFileSync(TOKENS_FILE, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .matchAll(/(--[\w-]+):\s*([^;]+);/g),
      (m) => [m[1]!, m[2]!.replace(/\s+/g, ' ').trim()] as const,
    ),
  );
}

/** The tokens that are colours (`#rrggbb`), lower case. */
export function colourTokens(): Map<string, string> {
  return new Map(
    [...cssTokens()]
      .filter(([, value]) => /^#[0-9a-f]{6}$/i.test(value))
      .map(([name, value]) => [name, value.toLowerCase()]),
  );
}

/** A reader of the tokens: an unknown name is an error, not a silent default. */
export function tokenReader(tokens: Map<string, string> = cssTokens()): (name: string) => string {
  return (name) => {
    const value = tokens.get(name);
    if (value === undefined) throw new Error(`no token ${name} in src/styles/tokens.css`);
    return value;
  };
}

/** The colours an actor's colours must read on (src/content/palette.ts). */
export function pageTheme(): Theme {
  const token = tokenReader();
  return {
    paper: token('--paper'),
    surface: token('--surface'),
    ink: token('--ink'),
    inkSoft: token('--ink-soft'),
    mapLand: token('--map-land'),
    mapSea: token('--map-sea'),
  };
}
