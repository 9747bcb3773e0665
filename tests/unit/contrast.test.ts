import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourTokens, cssTokens, pageTheme } from '../../scripts/css-tokens';
import { allContentFiles } from '../../src/content/all-files';
import { buildContent } from '../../src/content/build';
import { paletteProblems } from '../../src/content/palette';
import { contrast } from '../../src/lib/colour';
import { ui } from '@locale/ui';

/**
 * Every colour of the engine is a token of src/styles/tokens.css, and every token says here how
 * it must contrast: WCAG's 4.5:1 where it colours text (or text sits on it), 3:1 where it draws
 * marks a reader must see (focus rings, underlines of annotations, timeline marks). A token that
 * only decorates (rules, grids, borders, dimmed outlines: never the only cue) says why. A new
 * token without a rule fails, and so does one whose rule its colour does not meet.
 */

const tokens = colourTokens();
const TEXT = 4.5;
const GRAPHICS = 3;

type Rule =
  /** A colour for text: it reads at 4.5:1 on each of these grounds. */
  | { text: string[] }
  /** A colour for marks: 3:1 on each of these grounds. */
  | { graphics: string[] }
  /** A ground: each of these text colours reads on it at 4.5:1. */
  | { ground: string[] }
  /** No contrast of its own to keep; why that is fine. */
  | { decoration: string };

const page = ['--paper', '--surface'];
const bodyText = ['--ink', '--ink-soft', '--ink-dim'];

const rules: Record<string, Rule> = {
  '--paper': { ground: [...bodyText, '--accent'] },
  '--surface': { ground: [...bodyText, '--accent'] },
  '--ink': { text: [...page, '--halo'] },
  '--ink-soft': { text: [...page, '--halo'] },
  '--ink-dim': { text: [...page, '--halo'] },
  '--accent': { text: page },
  '--rule': { decoration: 'separates blocks that their headings and spacing already tell apart' },
  '--focus': { graphics: [...page, '--map-land', '--map-sea'] },
  '--focus-on-dark': { graphics: ['--ink'] },
  '--ink-inverse': { text: ['--ink'] },
  '--halo': { ground: [...bodyText, '--map-country-label', '--map-region-label'] },
  '--ground-hover': { ground: bodyText },
  '--ground-disabled': { ground: bodyText },
  '--ground-muted': { ground: bodyText },
  '--ground-pressed': { ground: bodyText },
  '--ground-dimmed': { ground: bodyText },
  '--ground-dimmed-light': { ground: bodyText },
  '--ground-epilogue': { ground: bodyText },
  '--ground-notice': { ground: bodyText },
  '--ground-current': { ground: bodyText },
  '--ground-match': { ground: bodyText },
  '--rule-soft': { decoration: 'separates list items and draws the overview’s track' },
  '--anno-underline': { graphics: page },
  '--map-sea': { ground: ['--ink', '--ink-soft'] },
  '--map-land': { ground: ['--ink', '--ink-soft'] },
  '--map-border': { decoration: 'land and sea differ in colour; a border is not the only cue' },
  '--map-region-border': { decoration: 'regions are told apart by their names and hatching' },
  '--map-party-cool': { decoration: 'mixed with an actor’s colour into a tint, never drawn alone' },
  '--map-country-label': { text: ['--halo', '--map-land', '--map-sea'] },
  '--map-region-label': { text: ['--halo', '--map-land', '--map-sea'] },
  '--opening-country-label': { text: ['--halo', '--map-land', '--map-sea'] },
  '--social-sea': { ground: ['--ink', '--map-country-label'] },
  '--social-land': { ground: ['--ink', '--map-country-label'] },
  '--social-border': { decoration: 'outlines countries whose fill already sets them apart' },
  '--timeline-phase-1': { ground: ['--timeline-phase-label', '--ink'] },
  '--timeline-phase-2': { ground: ['--timeline-phase-label', '--ink'] },
  '--timeline-phase-3': { ground: ['--timeline-phase-label', '--ink'] },
  '--timeline-phase-label': { text: page },
  '--timeline-overview-phase': { decoration: 'the overview’s phases: named in the plot above' },
  '--timeline-overview-event': { graphics: ['--surface'] },
  '--timeline-compressed': { ground: ['--ink', '--ink-soft'] },
  '--timeline-after-line': { decoration: 'edges the hatched time after the article' },
  '--timeline-grid': { decoration: 'grid lines behind the labelled axis' },
  '--timeline-axis': { decoration: 'the axis line; its ticks carry labels' },
  '--timeline-dimmed-mark': { graphics: ['--surface'] },
  '--timeline-leader': { decoration: 'joins a label to its mark, which the label names' },
  '--diagram-dimmed-outline': { decoration: 'an actor outside the focus, faded on purpose' },
  '--diagram-tether': { decoration: 'ties a person to its state, which its label names' },
  '--diagram-tether-dimmed': { decoration: 'a tether outside the focus, faded on purpose' },
  '--diagram-edge-dimmed': { decoration: 'a relation outside the focus, faded on purpose' },
  '--diagram-label-dimmed': { decoration: 'a relation’s label box outside the focus' },
  '--print-paper': { ground: ['--print-ink', '--print-ink-soft', '--print-ink-dim'] },
  '--print-ink': { text: ['--print-paper'] },
  '--print-ink-soft': { text: ['--print-paper'] },
  '--print-ink-dim': { text: ['--print-paper'] },
  '--print-rule': { decoration: 'rules between the print edition’s blocks' },
};

// Tags come in pairs: the word's colour on its tint, and on the page around it.
for (const name of tokens.keys()) {
  const tint = `${name}-tint`;
  if (name.startsWith('--tag-') && tokens.has(tint)) {
    rules[name] = { text: [tint, ...page] };
    rules[tint] = { ground: [name] };
  }
}

function colour(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`no colour token ${name}`);
  return value;
}

/** The pairs a rule asks for, as [foreground, background, bar]. */
function pairs(name: string, rule: Rule): [string, string, number][] {
  if ('text' in rule) return rule.text.map((ground) => [name, ground, TEXT]);
  if ('graphics' in rule) return rule.graphics.map((ground) => [name, ground, GRAPHICS]);
  if ('ground' in rule) return rule.ground.map((text) => [text, name, TEXT]);
  return [];
}

describe('contrast of the colours', () => {
  it('every colour token has a contrast rule, and every rule a token', () => {
    expect([...tokens.keys()].filter((name) => !(name in rules))).toEqual([]);
    expect(Object.keys(rules).filter((name) => !tokens.has(name))).toEqual([]);
  });

  it.each(Object.entries(rules))('%s keeps its rule', (name, rule) => {
    if ('decoration' in rule) {
      expect(rule.decoration.length, 'say why it needs no contrast').toBeGreaterThan(10);
      return;
    }
    const failing = pairs(name, rule)
      .map(([fore, back, bar]) => ({
        fore,
        back,
        bar,
        ratio: contrast(colour(fore), colour(back)),
      }))
      .filter(({ ratio, bar }) => ratio < bar)
      .map(({ fore, back, bar, ratio }) => `${fore} on ${back}: ${ratio.toFixed(2)}:1 < ${bar}:1`);
    expect(failing).toEqual([]);
  });

  it('a colour with an alpha (--…-rgb) has the channels of the token it stands for', () => {
    const channels = [...cssTokens()].filter(([name]) => name.endsWith('-rgb'));
    expect(channels.length).toBeGreaterThan(0);
    for (const [name, value] of channels) {
      const rgb = value.split(' ').map(Number);
      expect(rgb, name).toHaveLength(3);
      const of = tokens.get(name.slice(0, -'-rgb'.length));
      // Shadows have no opaque token: black at an alpha.
      const hex = of ?? (name === '--shadow-rgb' ? '#000000' : undefined);
      expect(hex, `${name} stands for no colour token`).toBeDefined();
      expect(rgb, name).toEqual([1, 3, 5].map((i) => parseInt(hex!.slice(i, i + 2), 16)));
    }
  });

  it('the article’s actor colours pass the palette’s rules (src/content/palette.ts)', () => {
    expect(paletteProblems(pageTheme())(buildContent(allContentFiles))).toEqual([]);
  });

  it('a marker’s count and a chip’s check (--ink-inverse) read on every actor’s colour', () => {
    const actors = buildContent(allContentFiles).actors.filter((a) => a.colour);
    expect(actors.length).toBeGreaterThan(0);
    for (const actor of actors) {
      expect(contrast(colour('--ink-inverse'), actor.colour!), actor.id).toBeGreaterThanOrEqual(
        TEXT,
      );
    }
  });

  it.each(Object.keys(ui.provenance))(
    'the badge of the kind "%s" exists and is coloured with a tag’s tokens',
    (kind) => {
      const css = readFileSync(join(import.meta.dirname, '../../src/styles/index.css'), 'utf8');
      const rule = new RegExp(`\\.badge--${kind}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
      expect(rule, kind).toBeDefined();
      const ink = /(?:^|;|\s)color:\s*var\((--[\w-]+)\)/.exec(rule!)?.[1];
      const background = /background:\s*var\((--[\w-]+)\)/.exec(rule!)?.[1];
      expect(ink && rules[ink], `${kind}: its colour is a token with a rule`).toBeTruthy();
      expect(background, kind).toBe(`${ink}-tint`);
    },
  );
});
