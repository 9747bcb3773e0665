import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { content } from '../../content';
import { ui } from '../../content/ui.de';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { useHydrated } from '../../lib/use-hydrated';
import { ActorFilter } from '../filter/actor-filter';
import { useActorFilter } from '../filter/use-actor-filter';
import { useActiveStep } from './active-step';
import { ContextCard } from './context-card';
import type { PrefetchViews, VisualViews } from './visual-views';

/** True once the reader has scrolled: only then are the next sections' views fetched. */
function subscribeToFirstScroll(notify: () => void) {
  window.addEventListener('scroll', notify, { once: true, passive: true });
  return () => window.removeEventListener('scroll', notify);
}

function useHasScrolled(): boolean {
  return useSyncExternalStore(
    subscribeToFirstScroll,
    () => window.scrollY > 0,
    () => false,
  );
}

/**
 * The sticky panel beside the text. It reads the reading position and the filter and shows the
 * visual state of the active section or step: its view (map, timeline or diagram, each a lazy
 * chunk rendered only in the browser) and the context card. Each visual has its own error boundary.
 */
export function VisualPanel({
  views = {},
  prefetch = {},
}: {
  views?: VisualViews;
  prefetch?: PrefetchViews;
}) {
  const first = content.sections[0]!;
  const { section: sectionId, step } = useActiveStep(first.id);
  const { selected } = useActorFilter();
  const hydrated = useHydrated();
  const scrolled = useHasScrolled();
  const section = content.sections.find((s) => s.id === sectionId) ?? first;
  const stepParagraph = step ? content.paragraphById.get(step) : undefined;
  const visual =
    stepParagraph?.sectionId === section.id && stepParagraph.step
      ? stepParagraph.step
      : section.visual;

  // Fetch the view of the section after this one before the reader gets there.
  useEffect(() => {
    if (!scrolled) return;
    const next = content.sections[section.index + 1];
    for (const s of [section, next]) {
      const view = s?.visual.view;
      if (view && view !== 'kontext') void prefetch[view]?.();
    }
  }, [scrolled, section, prefetch]);

  const View = hydrated && visual.view !== 'kontext' ? views[visual.view] : undefined;
  const failed = <p className="panel__failed">{ui.panel.failed}</p>;
  return (
    <aside
      className="panel"
      aria-label={ui.panel.label}
      data-view={View ? visual.view : 'kontext'}
      data-docked={section.index > 0 ? 'true' : 'false'}
    >
      <div className="panel__inner">
        <ActorFilter />
        <div className="panel__stage">
          {View && (
            <div className="panel__view">
              <ErrorBoundary key={visual.view} fallback={failed}>
                <Suspense fallback={<div className="panel__loading" aria-hidden="true" />}>
                  <View visual={visual} selected={selected} sectionId={section.id} />
                </Suspense>
              </ErrorBoundary>
            </div>
          )}
          <ErrorBoundary fallback={failed}>
            <ContextCard section={section} visual={visual} />
          </ErrorBoundary>
        </div>
      </div>
    </aside>
  );
}
