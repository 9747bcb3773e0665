import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import actors from '@article/data/actors.json';
import { actorStylesheet, expandChosen } from '../styles/actor-styles';

/**
 * The app's stylesheet, parsed by jsdom, for tests of what the CSS selects. jsdom computes no
 * layout and no cascade, but it matches selectors: `declared(el, 'color')` lists, in source order,
 * the values that the rules selecting `el` declare for a property (media queries and nested
 * rules are not entered). Where rules of equal specificity compete, the last value wins.
 */
// Read from disk, with what the build writes from the content (src/styles/actor-styles.ts): the
// tests load no CSS through Vite (`css: false`).
export const stylesheetText =
  expandChosen(readFileSync(join(import.meta.dirname, '../styles/index.css'), 'utf8'), actors) +
  actorStylesheet(actors);

let rules: CSSStyleRule[] | null = null;

function styleRules(): CSSStyleRule[] {
  if (!rules) {
    // Parsed by the page's document, and taken out again at once: the page under test keeps
    // jsdom's default styles, while the parsed rules stay usable.
    const style = document.createElement('style');
    style.textContent = stylesheetText.replace(/@import[^;]+;/g, '');
    document.head.append(style);
    rules = [...(style.sheet?.cssRules ?? [])].filter(
      (rule): rule is CSSStyleRule => 'selectorText' in rule,
    );
    style.remove();
    if (rules.length === 0) throw new Error('the stylesheet parsed to no rules');
  }
  return rules;
}

export function declared(element: Element, property: string): string[] {
  return styleRules()
    .filter((rule) => rule.style.getPropertyValue(property) && element.matches(rule.selectorText))
    .map((rule) => rule.style.getPropertyValue(property).trim());
}
