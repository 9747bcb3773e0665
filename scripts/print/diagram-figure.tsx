/**
 * The stakeholder diagram of a section as a still picture: the view's own `Diagram`, in its wide
 * design, with the section's focus (its actors and relations in front, the rest stepping back),
 * rendered to static markup and styled by the view's own stylesheet.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { content } from '../../src/content';
import type { VisualState } from '../../src/content/schema';
import { stakeholders } from '../../src/content/stakeholders';
import { actorsText } from '@locale/akteure';
import { Diagram } from '../../src/features/actors/diagram';
import { relationName } from '../../src/features/actors/diagram-names';
import { focusOf, type Focus } from '../../src/features/actors/focus';
import { designSpecs } from '../../src/features/actors/layout-designs';
import { compactCss, stylesheet, standaloneSvg, tokensStyle } from './svg';

export interface DiagramFigure {
  svg: string;
  focus: Focus;
  /** The focused relations' names ("USA → Selenskyj: nicht eingeladen"), in content order. */
  relationNames: string[];
}

export function diagramFigure(visual: Pick<VisualState, 'actors' | 'relations'>): DiagramFigure {
  const focus = focusOf(content, visual);
  const names = visual.actors
    .map((id) => content.actorById.get(id)?.name)
    .filter(Boolean)
    .join(' · ');
  const markup = renderToStaticMarkup(
    <StaticRouter location="/">
      <Diagram
        selected={[]}
        focus={focus}
        labels="focus"
        linkTo={() => '/akteure'}
        defaultDesign="wide"
        title={`${actorsText.diagramLabel} – ${actorsText.focus(names)}`}
      />
    </StaticRouter>,
  );
  const svg = /<svg\b[\s\S]*<\/svg>/.exec(markup)?.[0];
  if (!svg) throw new Error('the diagram rendered no picture');
  const { width, height } = designSpecs.wide;
  // The view's stylesheet; the picture has no frame around it, so its own background is white.
  const css = `${tokensStyle()}${compactCss(stylesheet('src/features/actors/actors.css'))}.diagram__svg{background:var(--surface);font-family:var(--font-ui)}`;
  return {
    svg: standaloneSvg(svg, width, height, css),
    focus,
    relationNames: stakeholders.relations
      .filter((r) => focus.relations.has(r.id))
      .map((r) => relationName(r.id)),
  };
}
