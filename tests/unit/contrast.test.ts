import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourTokens, pageTheme } from '../../scripts/css-tokens';
import { allContentFiles } from '../../src/content/all-files';
import { buildContent } from '../../src/content/build';
import { paletteProblems } from '../../src/content/palette';
import { contrast } from '../../src/lib/colour';
import { ui } from '@locale/ui';

/**
 * The actor colours and the other design tokens reach the WCAG contrast they need against every
 * background they are used on: 4.5:1 where they colour text (or text sits on them), 3:1 where they
 * draw graphics (chip swatches and borders, underlines of matched mentions, map markers and
 * hatching, timeline marks, diagram outlines, the focus ring). Computed from the CSS itself.
 */

const tokens = colourTokens();

function colour(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`no colour token ${name}`);
  return value;
}

const TEXT = 4.5;
const GRAPHICS = 3;

describe('contrast of the colours', () => {
  it('the article’s actor colours pass the palette’s rules (src/content/palette.ts)', () => {
    expect(paletteProblems(pageTheme())(buildContent(allContentFiles))).toEqual([]);
  });

  it.each(['--ink', '--ink-soft', '--ink-dim'])(
    '%s reads on the page, on cards and on map labels’ white halo at 4.5:1',
    (ink) => {
      for (const background of ['--paper', '--surface']) {
        expect(contrast(colour(ink), colour(background)), background).toBeGreaterThanOrEqual(TEXT);
      }
    },
  );

  it.each(['--paper', '--surface', '--map-land', '--map-sea'])(
    'the focus ring stands out on %s at 3:1',
    (background) => {
      expect(contrast(colour('--focus'), colour(background))).toBeGreaterThanOrEqual(GRAPHICS);
    },
  );

  it.each(Object.keys(ui.provenance))(
    'the badge of the kind "%s" exists and reads on its own background at 4.5:1',
    (kind) => {
      const css = readFileSync(join(import.meta.dirname, '../../src/styles/index.css'), 'utf8');
      const rule = new RegExp(`\\.badge--${kind}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
      expect(rule, kind).toBeDefined();
      const ink = /(?:^|;|\s)color:\s*(#[0-9a-f]{6})/i.exec(rule!)?.[1];
      const background = /background:\s*(#[0-9a-f]{6})/i.exec(rule!)?.[1];
      expect(contrast(ink!, background!)).toBeGreaterThanOrEqual(TEXT);
      // The badge sits on cards and on the page.
      for (const page of ['--paper', '--surface']) {
        expect(contrast(ink!, colour(page)), page).toBeGreaterThanOrEqual(TEXT);
      }
    },
  );
});
