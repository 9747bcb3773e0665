/**
 * The page's colour tokens as written in its stylesheets: src/styles/tokens.css, and the map's
 * land and sea (src/features/map/legend.css). One reader for the checks, the tests and the
 * pictures the build draws.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../src/content/palette';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const files = ['styles/tokens.css', 'features/map/legend.css'];

/** Every `--name: #rrggbb` of those files, by name ("--paper" → "#fbfaf7"). */
export function colourTokens(): Map<string, string> {
  return new Map(
    files.flatMap((file) =>
      Array.from(
        readFileSync(join(src, file), 'utf8').matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi),
        (m) => [m[1]!, m[2]!.toLowerCase()] as const,
      ),
    ),
  );
}

/** The colours an actor's colours must read on (src/content/palette.ts). */
export function pageTheme(): Theme {
  const tokens = colourTokens();
  const get = (name: string) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`no colour token ${name} in ${files.join(', ')}`);
    return value;
  };
  return {
    paper: get('--paper'),
    surface: get('--surface'),
    ink: get('--ink'),
    inkSoft: get('--ink-soft'),
    mapLand: get('--map-land'),
    mapSea: get('--map-sea'),
  };
}
