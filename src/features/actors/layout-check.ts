/**
 * The diagram's readability as a content rule: every design with every label, and each story
 * section's focus in the designs its panel uses, must lay out without overlaps. An editor who adds
 * a relation or changes a label can break it, so `npm run validate` runs this (the tests too).
 */
import type { Content } from '../../content';
import { focusOf, leadRelations } from './focus';
import { computeLayout } from './layout';
import { placedDesigns, type DesignId } from './layout-designs';
import { layoutProblems } from './layout-problems';

export function diagramProblems(content: Content): string[] {
  const { actors, relations } = content;
  const designs = placedDesigns(actors, content.diagram);
  const layout = (design: DesignId, labelled: ReadonlySet<string>) =>
    layoutProblems(computeLayout({ design: designs[design], actors, relations, labelled }));
  const all = new Set(relations.map((r) => r.id));
  const errors: string[] = [];
  for (const design of ['wide', 'tall'] as const) {
    for (const problem of layout(design, all)) {
      errors.push(`relations.json: diagram "${design}" with every label: ${problem}`);
    }
  }
  const states = content.sections
    .flatMap((s) => s.steps)
    .filter((step) => step.visual.view === 'akteure')
    .map((step) => ({ id: step.id, visual: step.visual }));
  for (const { id, visual } of states) {
    const focus = focusOf(content, visual, relations);
    const checks = [
      ['square', focus.relations],
      ['tall', focus.relations],
      ['band', leadRelations(content, focus, relations)],
    ] as const;
    for (const [design, labelled] of checks) {
      for (const problem of layout(design, labelled)) {
        errors.push(`article.json: "${id}": diagram "${design}": ${problem}`);
      }
    }
  }
  return errors;
}
