import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import actors from '@article/data/actors.json';
import { ui } from '../../src/content/ui.de';

/**
 * The actor colours and the other design tokens reach the WCAG contrast they need against every
 * background they are used on: 4.5:1 where they colour text (or text sits on them), 3:1 where they
 * draw graphics (chip swatches and borders, underlines of matched mentions, map markers and
 * hatching, timeline marks, diagram outlines, the focus ring). Computed from the CSS itself.
 */

function tokensOf(file: string): Map<string, string> {
  const css = readFileSync(join(import.meta.dirname, '../../src', file), 'utf8');
  return new Map(
    Array.from(css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi), (m) => [m[1]!, m[2]!]),
  );
}

const tokens = new Map([
  ...tokensOf('styles/tokens.css'),
  // The map's land and sea, defined with the legend that shares them.
  ...tokensOf('features/map/legend.css'),
]);

function colour(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`no colour token ${name}`);
  return value;
}

/** Relative luminance of an sRGB colour (WCAG 2.x). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const TEXT = 4.5;
const GRAPHICS = 3;

/** Every actor that has a colour of its own (persons take their state's). */
const coloured = actors.filter((a) => !('memberOf' in a) || !a.memberOf).map((a) => a.id);

describe('contrast of the colours', () => {
  it('computes WCAG contrast as published (black on white is 21:1, a known pair 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('every actor with a colour of its own has a colour and a tint', () => {
    expect(coloured).toEqual(['usa', 'russland', 'ukraine', 'eu', 'nato', 'istgh']);
    for (const id of coloured) {
      expect(tokens.has(`--actor-${id}`), id).toBe(true);
      expect(tokens.has(`--actor-${id}-tint`), id).toBe(true);
    }
  });

  describe.each(coloured)('the colour of %s', (id) => {
    const actor = colour(`--actor-${id}`);
    const tint = colour(`--actor-${id}-tint`);

    it.each(['--paper', '--surface'])(
      'colours text on %s (a person’s name in the diagram) at 4.5:1',
      (background) => {
        expect(contrast(actor, colour(background))).toBeGreaterThanOrEqual(TEXT);
      },
    );

    it('colours text on its own tint at 4.5:1', () => {
      expect(contrast(actor, tint)).toBeGreaterThanOrEqual(TEXT);
    });

    it('carries body text on its tint at 4.5:1 (a matched mention, a chosen chip, a node)', () => {
      for (const ink of ['--ink', '--ink-soft']) {
        expect(contrast(colour(ink), tint), ink).toBeGreaterThanOrEqual(TEXT);
      }
    });

    it.each(['--paper', '--surface', '--map-land', '--map-sea'])(
      'draws graphics on %s at 3:1',
      (background) => {
        expect(contrast(actor, colour(background))).toBeGreaterThanOrEqual(GRAPHICS);
      },
    );

    it('draws outlines and underlines on its own tint at 3:1', () => {
      expect(contrast(actor, tint)).toBeGreaterThanOrEqual(GRAPHICS);
    });
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
