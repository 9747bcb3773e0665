import type { VisualProps } from '../story/visual-views';

/** Placeholder until the view is built: the panel shows the context card below it. */
export default function DiagramVisual({ sectionId }: VisualProps) {
  return <div className="visual-placeholder" data-view-section={sectionId} />;
}
