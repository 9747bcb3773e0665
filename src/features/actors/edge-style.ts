import type { CSSProperties } from 'react';
import { stakeholders } from '../../content/stakeholders';

const DASHES = { solid: 'none', dashed: '8 5', dotted: '0.5 5' } as const;

/**
 * How a kind of relation's line is drawn (data/diagram.json: types), as the custom properties
 * actors.css draws every edge with: the colour (the ink, the page's accent or an actor's), the
 * dashes and the width.
 */
export function edgeStyle(type: string): CSSProperties {
  const spec = stakeholders.diagram.types[type];
  const colour = spec?.colour;
  return {
    ...(colour && {
      '--edge-kind-colour':
        colour === 'ink' || colour === 'accent' ? `var(--${colour})` : `var(--actor-${colour})`,
    }),
    '--edge-dash': DASHES[spec?.line ?? 'solid'],
    '--edge-width': `${spec?.width ?? 2}px`,
  } as CSSProperties;
}

/** The legend's words for a kind of relation. */
export function edgeLabel(type: string): string {
  return stakeholders.diagram.types[type]?.label ?? type;
}
