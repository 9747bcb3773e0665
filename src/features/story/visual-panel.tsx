import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { ActorFilter } from '../filter/actor-filter';
import { useActorFilter } from '../filter/use-actor-filter';
import { useActiveStep } from './active-step';
import { ContextCard } from './context-card';

/**
 * The sticky panel beside the text. It reads the reading position and the filter and shows the
 * visual state of the active section or step. Each visual sits in its own error boundary.
 */
export function VisualPanel() {
  const first = content.sections[0]!;
  const { section: sectionId, step } = useActiveStep(first.id);
  const { selected } = useActorFilter();
  const section = content.sections.find((s) => s.id === sectionId) ?? first;
  const stepParagraph = step ? content.paragraphById.get(step) : undefined;
  const visual =
    stepParagraph?.sectionId === section.id && stepParagraph.step
      ? stepParagraph.step
      : section.visual;
  return (
    <aside className="panel" aria-label={ui.panel.label}>
      <div className="panel__inner">
        <ActorFilter />
        <ErrorBoundary fallback={<p className="panel__failed">{ui.panel.failed}</p>}>
          <ContextCard section={section} visual={visual} selected={selected} />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
