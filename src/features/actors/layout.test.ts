import { stakeholders } from '../../content/stakeholders';
import { describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { focusOf, leadRelations } from './focus';
import { wrapLabel } from './label-placer';
import { computeLayout } from './layout';
import { designFor, designSpecs, placedDesigns, type DesignId } from './layout-designs';
import { layoutProblems } from './layout-problems';

const designs = placedDesigns(content.actors, stakeholders.diagram);
const all = new Set(stakeholders.relations.map((r) => r.id));
const layoutOf = (design: DesignId, labelled: ReadonlySet<string> = all) =>
  computeLayout({
    design: designs[design],
    actors: content.actors,
    relations: stakeholders.relations,
    labelled,
  });

/**
 * The label sets the story can ask for: the focus of each step that shows the diagram, as the content has it and as proposed for article.json (`visual.relations`).
 */
const diagramSteps = content.steps.filter((s) => s.visual.view === 'akteure');
const storyFocus = [
  ...diagramSteps.map((s) => ({ id: s.id, focus: focusOf(content, s.visual) })),
  ...[
    [
      'ukraine',
      'eu',
      'usa',
      'usa-selenskyj-nicht-eingeladen',
      'trump-selenskyj-konsultiert',
      'usa-russland-gipfel',
    ],
    ['ukraine', 'russland', 'russland-krieg-ukraine'],
    [
      'eu',
      'usa',
      'nato',
      'ukraine',
      'eu-trump-garantien',
      'trump-eu-videokonferenz',
      'trump-nato-videokonferenz',
    ],
    [
      'russland',
      'istgh',
      'usa',
      'istgh-putin-haftbefehl',
      'usa-istgh-kein-vertragsstaat',
      'russland-istgh-kein-vertragsstaat',
    ],
  ].map((ids) => ({
    id: `proposed: ${ids.join(',')}`,
    focus: focusOf(content, {
      actors: ids.filter((id) => content.actorById.has(id)),
      relations: ids.filter((id) => stakeholders.relationById.has(id)),
    }),
  })),
];

describe('the diagram layout', () => {
  it.each(['wide', 'tall'] as const)(
    'the %s design with every label shown has no overlaps and stays inside the picture',
    (design) => {
      expect(layoutProblems(layoutOf(design))).toEqual([]);
    },
  );

  it.each(['square', 'tall'] as const)(
    'the %s design (desktop panel) is readable with every section’s focus labelled',
    (design) => {
      for (const { id, focus } of storyFocus) {
        expect(layoutProblems(layoutOf(design, focus.relations)), id).toEqual([]);
      }
    },
  );

  it('the band design (phone panel) is readable with the lead actor’s relations labelled', () => {
    for (const { id, focus } of storyFocus) {
      expect(layoutProblems(layoutOf('band', leadRelations(content, focus))), id).toEqual([]);
    }
  });

  it('gives the same picture on every load, whatever this page computed before', async () => {
    // The layouts computed above (and the caches they filled), against a fresh copy of the modules
    // as a new page load has them: a random number or state left behind would tell them apart.
    const here = (['wide', 'tall', 'square', 'band'] as const).map((design) => layoutOf(design));
    vi.resetModules();
    const fresh = await import('./layout');
    const freshPlacement = await import('./layout-designs');
    const { content: freshContent } = await import('../../content');
    const { stakeholders: freshStakeholders } = await import('../../content/stakeholders');
    const freshDesigns = freshPlacement.placedDesigns(
      freshContent.actors,
      freshStakeholders.diagram,
    );
    const loaded = here.map(({ design }) =>
      fresh.computeLayout({
        design: freshDesigns[design],
        actors: freshContent.actors,
        relations: freshStakeholders.relations,
        labelled: all,
      }),
    );
    expect(loaded).toEqual(here);
  });

  it('places nodes where the design says, and labels at the coordinates reviewed', () => {
    const layout = layoutOf('wide');
    const usa = layout.nodes.find((n) => n.id === 'usa')!;
    expect([usa.x, usa.y]).toEqual([...designs.wide.at.usa!]);
    const labels = Object.fromEntries(
      layout.edges.map((e) => [e.id, e.label && [Math.round(e.label.x), Math.round(e.label.y)]]),
    );
    expect(labels).toMatchInlineSnapshot(`
      {
        "eu-trump-garantien": [
          139,
          164,
        ],
        "istgh-putin-haftbefehl": [
          542,
          97,
        ],
        "russland-istgh-kein-vertragsstaat": [
          495,
          144,
        ],
        "russland-krieg-ukraine": [
          507,
          324,
        ],
        "trump-eu-videokonferenz": [
          156,
          123,
        ],
        "trump-nato-videokonferenz": [
          174,
          253,
        ],
        "trump-selenskyj-konsultiert": [
          218,
          299,
        ],
        "usa-istgh-kein-vertragsstaat": [
          373,
          172,
        ],
        "usa-russland-gipfel": [
          453,
          236,
        ],
        "usa-selenskyj-nicht-eingeladen": [
          385,
          350,
        ],
      }
    `);
  });

  it('draws every actor and every relation of the content', () => {
    const layout = layoutOf('band', new Set());
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(content.actors.map((a) => a.id).sort());
    expect(layout.edges.map((e) => e.id)).toEqual(stakeholders.relations.map((r) => r.id));
    expect(layout.edges.every((e) => e.label === undefined)).toBe(true);
    // A person hangs on its state with a tether.
    expect(layout.tethers.map((t) => t.id).sort()).toEqual(['putin', 'selenskyj', 'trump']);
  });

  it('puts an arrowhead on directed relations only', () => {
    const layout = layoutOf('wide');
    for (const edge of layout.edges) expect(!!edge.arrow, edge.id).toBe(edge.relation.directed);
  });

  it('bends two relations between the same actors apart', () => {
    const layout = layoutOf('wide');
    const pair = ['eu-trump-garantien', 'trump-eu-videokonferenz'];
    const [a, b] = layout.edges.filter((e) => pair.includes(e.id));
    const middle = (e: typeof a) => e!.points[Math.floor(e!.points.length / 2)]!;
    const [ax, ay] = middle(a);
    const [bx, by] = middle(b);
    expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(30);
  });

  it('chooses the design from the box: wide pages, tall boxes, flat bands', () => {
    expect(designFor(1100, 670)).toBe('wide');
    expect(designFor(358, 517)).toBe('tall');
    expect(designFor(380, 400)).toBe('square');
    expect(designFor(358, 229)).toBe('band');
  });
});

describe('layout helpers', () => {
  it('wraps long labels at the space nearest the middle', () => {
    expect(wrapLabel('nicht zum Gipfel eingeladen', 14)).toEqual([
      'nicht zum Gipfel',
      'eingeladen',
    ]);
    expect(wrapLabel('Gipfel in Alaska', 20)).toEqual(['Gipfel in Alaska']);
  });

  it('every design places every actor', () => {
    for (const design of Object.values(designs)) {
      for (const actor of content.actors)
        expect(design.at[actor.id], `${design.id}/${actor.id}`).toBeDefined();
    }
  });

  it('places the actors an article gives no position, inside the box and apart: states on a ring, a person beside its state', () => {
    const actors = [
      { id: 'a', kind: 'staat', memberOf: undefined },
      { id: 'b', kind: 'staat', memberOf: undefined },
      { id: 'c', kind: 'gericht', memberOf: undefined },
      { id: 'p', kind: 'person', memberOf: 'b' },
    ] as const;
    const placed = placedDesigns(actors, { wide: { at: { a: [100, 100] } } });
    expect(placed.wide.at.a).toEqual([100, 100]);
    for (const design of Object.values(placed)) {
      const { width, height } = designSpecs[design.id];
      const points = actors.map((a) => design.at[a.id]!);
      for (const [x, y] of points) {
        expect(x > 0 && x < width && y > 0 && y < height, design.id).toBe(true);
      }
      const distinct = new Set(points.map((p) => p.join(',')));
      expect(distinct.size, design.id).toBe(actors.length);
      const [bx, by] = design.at.b!;
      const [px, py] = design.at.p!;
      expect(Math.hypot(px - bx, py - by), design.id).toBeLessThan(110);
    }
  });
});
