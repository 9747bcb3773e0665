/**
 * The diagram's designs: one fixed frame per kind of box, and where every actor stands in it.
 * Node positions are fixed per design (an editor's decision, like a map's projection), so the
 * picture is the same on every load.
 */
import type { Actor, DiagramHints } from '../../content/schema';

export type { DesignId } from '../../content/schema';
import type { DesignId } from '../../content/schema';
export type Point = readonly [number, number];

export interface DesignSpec {
  id: DesignId;
  width: number;
  height: number;
  /** Font sizes in px at scale 1: states and organisations, persons, edge labels. */
  font: { node: number; person: number; label: number };
  /** Edge labels longer than this wrap onto two lines. */
  wrapAt: number;
}

/** A design with every actor placed, and the content's adjustments of its edges. */
export interface Design extends DesignSpec {
  /** Node centres by actor id. */
  at: Record<string, Point>;
  /** Extra bend of an edge in px (perpendicular to it, positive to the left of from → to). */
  bend?: Record<string, number>;
  /** Where along its edge a label wants to sit (0 = start, 1 = end; default the middle). */
  labelAt?: Record<string, number>;
}

/**
 * Four designs: the page on a wide screen, a square box (the story panel on a desktop), a tall
 * box (the page on a phone) and a flat band (the story panel on a phone). Where the nodes stand
 * is the article's (data/diagram.json, see placedDesigns).
 */
export const designSpecs: Record<DesignId, DesignSpec> = {
  wide: {
    id: 'wide',
    width: 760,
    height: 460,
    font: { node: 15, person: 13, label: 12.5 },
    wrapAt: 19,
  },
  square: {
    id: 'square',
    width: 380,
    height: 350,
    font: { node: 13.5, person: 12, label: 11.5 },
    wrapAt: 14,
  },
  tall: {
    id: 'tall',
    width: 360,
    height: 520,
    font: { node: 14, person: 12.5, label: 12 },
    wrapAt: 14,
  },
  band: {
    id: 'band',
    width: 380,
    height: 236,
    font: { node: 13.5, person: 12, label: 11.5 },
    wrapAt: 14,
  },
};

/** How far a person stands from its state when the content places neither. */
const PERSON_OFFSET = 72;

function placedDesign(
  spec: DesignSpec,
  actors: readonly Pick<Actor, 'id' | 'kind' | 'memberOf'>[],
  hints: DiagramHints[DesignId],
): Design {
  const at: Record<string, Point> = { ...hints?.at };
  const [cx, cy] = [spec.width / 2, spec.height / 2];
  const [rx, ry] = [spec.width / 2 - 70, spec.height / 2 - 30];
  // Without a place in the content: states and organisations on a ring, in content order from
  // the top, clockwise; a person beside its state, away from the centre.
  const ring = actors.filter((a) => !a.memberOf);
  ring.forEach((actor, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    at[actor.id] ??= [Math.round(cx + rx * Math.cos(angle)), Math.round(cy + ry * Math.sin(angle))];
  });
  for (const actor of actors) {
    if (at[actor.id] || !actor.memberOf) continue;
    const [sx, sy] = at[actor.memberOf] ?? [cx, cy];
    const length = Math.hypot(sx - cx, sy - cy) || 1;
    const clamp = (v: number, max: number) => Math.round(Math.min(max - 40, Math.max(40, v)));
    at[actor.id] = [
      clamp(sx + ((sx - cx) / length) * PERSON_OFFSET, spec.width),
      clamp(sy + ((sy - cy) / length) * PERSON_OFFSET, spec.height),
    ];
  }
  return {
    ...spec,
    at,
    ...(hints?.bend ? { bend: hints.bend } : {}),
    ...(hints?.labelAt ? { labelAt: hints.labelAt } : {}),
  };
}

const placedCache = new WeakMap<object, Record<DesignId, Design>>();

/**
 * The designs with every actor placed: where the article's diagram.json puts it, or else by
 * rule (a ring, persons beside their states), so an article needs no positions to draw; the
 * validator then checks that nothing overlaps. The same input gives the same picture.
 */
export function placedDesigns(
  actors: readonly Pick<Actor, 'id' | 'kind' | 'memberOf'>[],
  hints: Partial<Pick<DiagramHints, DesignId>>,
): Record<DesignId, Design> {
  let designs = placedCache.get(hints);
  if (!designs) {
    designs = Object.fromEntries(
      Object.values(designSpecs).map((spec) => [
        spec.id,
        placedDesign(spec, actors, hints[spec.id]),
      ]),
    ) as Record<DesignId, Design>;
    placedCache.set(hints, designs);
  }
  return designs;
}

/** Which design fits a box: wide boxes get the full picture, flat ones the band. */
export function designFor(width: number, height: number): DesignId {
  if (width >= 600) return 'wide';
  const ratio = height > 0 ? width / height : 1;
  if (ratio >= 1.3) return 'band';
  if (ratio >= 0.85) return 'square';
  return 'tall';
}
