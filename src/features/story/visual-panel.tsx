import { memo, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { Section, Step } from '../../content';
import { content } from '../../content';
import { ui } from '@locale/ui';
import { loadingUi } from '@locale/loading';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { afterNextPaint } from '../../lib/after-paint';
import { useHydrated } from '../../lib/use-hydrated';
import { afterLoadWhenIdle } from '../../lib/when-idle';
import { ActorFilter } from '../../components/ui/actor-filter';
import { useActorFilter } from '../../lib/use-actor-filter';
import {
  followScrollSpeed,
  isPageMoving,
  SETTLE_MS,
  useActiveStep,
  type ActiveStep,
} from './active-step';
import { ContextCard } from './context-card';
import { onVisualRequest, PANEL_ID } from './to-visual';
import type { PrefetchViews, ViewComponent, VisualProps, VisualViews } from '../../app/visuals';

/**
 * True once the reader has scrolled and come to rest: only then are views fetched. A fast scroll
 * through the story fetches and runs no chunk while it moves; the view the reader stops at is
 * fetched then. Plain state, not an external store: a store that changes while React renders the
 * panel in the background makes React render it again at once, synchronously.
 */
let hasRested = false;

function useHasRested(): boolean {
  const [rested, setRested] = useState(hasRested);
  useEffect(() => {
    if (rested) return;
    let timer = 0;
    const rest = () => {
      // A scroll event held up by a long task is no rest: wait for the page to stand still.
      if (isPageMoving()) {
        onScroll();
        return;
      }
      stop();
      hasRested = true;
      setRested(true);
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(rest, SETTLE_MS);
    };
    function stop() {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    // A page restored or opened at an anchor is scrolled before the panel subscribes.
    if (window.scrollY > 0) onScroll();
    return stop;
  }, [rested]);
  return rested;
}

const failed = <p className="panel__failed">{ui.panel.failed}</p>;

/** A view whose code could not be loaded (or that failed): said politely, with a way to retry. */
const failedView = (retry: () => void) => (
  <div className="panel__failed" role="status">
    <p>{ui.panel.failed}</p>
    <button type="button" className="panel__retry" onClick={retry}>
      {loadingUi.retry}
    </button>
  </div>
);

/**
 * The section's view; it re-renders only when the state it shows or the filter changes. It has no
 * Suspense boundary of its own (see the panel's).
 */
const PanelView = memo(function PanelView({
  View,
  ...props
}: VisualProps & { View: ViewComponent }) {
  return (
    <div className="panel__view">
      <ErrorBoundary key={props.visual.view} fallback={failedView} onCaught={View.forgetFailure}>
        <View {...props} />
      </ErrorBoundary>
    </div>
  );
});

const loadingView = (
  <div className="panel__view">
    <div className="panel__loading" aria-hidden="true" />
  </div>
);

/**
 * The value as the panel shows it: a changed value is applied as a transition once the browser
 * has painted the frame in which it changed, and `rest` ms after that if it has not changed again.
 * The first value at once. With `hold`, the shown value stays. With `settle`, not while the page is
 * still moving fast (a reader flicking through): the value is applied once it slows down.
 */
function useValueAfterPaint<T>(value: T, rest = 0, hold = false, settle = false): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (hold || Object.is(shown, value)) return;
    let timer = 0;
    const apply = () => {
      if (settle && isPageMoving()) timer = window.setTimeout(apply, rest);
      else startTransition(() => setShown(value));
    };
    const cancel = afterNextPaint(apply, rest);
    return () => {
      cancel();
      window.clearTimeout(timer);
    };
  }, [value, shown, rest, hold, settle]);
  return shown;
}

/** Whether an element was focused from the keyboard (not by a click or a tap). */
function keyboardFocused(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false; // A browser without :focus-visible: treat focus as a click's.
  }
}

/**
 * What the panel shows for a reading position: the step being read, or the section's first while
 * its heading is on the reading line.
 */
export function stepAt(sectionId: string, stepId: string | null): { section: Section; step: Step } {
  const section = content.sections.find((s) => s.id === sectionId) ?? content.sections[0]!;
  const named = stepId ? content.stepById.get(stepId) : undefined;
  const step = named?.sectionId === section.id ? named : section.steps[0]!;
  return { section, step };
}

/**
 * The sticky panel beside the text (behind it on a phone). It reads the reading position and the
 * filter and shows the visual state of the step being read (each paragraph, or part of one, is a
 * step): its view (map, timeline or diagram, each a lazy
 * chunk rendered only in the browser) and the context card. Each visual has its own error boundary.
 *
 * The text is what the reader acts on; the panel follows a moment behind. Its content follows
 * the reading position once it rests (SETTLE_MS: a reader scrolling past a section does not
 * build its view; nor does one flicking through, however long each section takes to pass) and
 * renders in the background, interruptibly. A filter change reaches the view with the router's
 * new address (the panel does not follow the choice ahead of it, see lib/url-state.ts): after
 * the frame that shows the pressed chip and the highlighted text, in the router's transition.
 * Neither holds up the frame that scrolls or answers the click. The table of contents follows
 * at once.
 */
export function VisualPanel({
  views = {},
  prefetch = {},
}: {
  views?: VisualViews;
  prefetch?: PrefetchViews;
}) {
  const first = content.sections[0]!;
  const active = useActiveStep(first.id);
  const { selected } = useActorFilter({ ahead: false });
  const hydrated = useHydrated();
  const rested = useHasRested();
  // While the keyboard is in the panel's view or card, they stay as they are: replacing them would
  // take the focused element away. They follow the reading position once focus leaves.
  // The state on screen when the keyboard came in is held, not only the next change put off: a
  // change already on its way (waiting for a view's code) must not land under the focus either.
  const [held, setHeld] = useState<ActiveStep | null>(null);
  // "Grafik zu diesem Abschnitt": the section's state is held and the stage takes the focus (also
  // after a click or a tap, which would otherwise let the panel follow the scroll position).
  const stageRef = useRef<HTMLDivElement>(null);
  const focusAsked = useRef(false);
  const [asked, setAsked] = useState(0);
  useEffect(
    () =>
      onVisualRequest((at) => {
        setHeld(at);
        setAsked((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    if (asked === 0) return;
    focusAsked.current = true;
    stageRef.current?.focus({ preventScroll: true });
    focusAsked.current = false;
  }, [asked]);
  useEffect(followScrollSpeed, []);
  const settled = useValueAfterPaint(active, SETTLE_MS, held !== null, true);
  const shown = held ?? settled;
  const { section, step } = stepAt(shown.section, shown.step);
  const visual = step.visual;
  const reading = content.sections.find((s) => s.id === active.section) ?? first;

  // Once the reader rests on a step, fetch its view and those of the next two, when the browser
  // is idle: ahead of need for a reader who reads on, and nothing while the page scrolls (each
  // chunk adds its links to the document and runs its module). The reader may move on before the
  // browser is idle: the fetch then waits for the page to stand still again, or is dropped when
  // the step changes.
  useEffect(() => {
    if (!rested) return;
    const ahead = content.steps.slice(step.index, step.index + 3);
    let timer = 0;
    const fetchAhead = () => {
      if (isPageMoving()) {
        timer = window.setTimeout(fetchAhead, SETTLE_MS);
        return;
      }
      // Ahead of need, a failure is not the reader's concern: the view, when shown, asks again
      // and says so if its code still does not come.
      for (const { visual: v } of ahead) {
        if (v.view !== 'kontext') prefetch[v.view]?.().catch(() => {});
      }
    };
    const cancel = afterLoadWhenIdle(fetchAhead, 500);
    return () => {
      cancel();
      window.clearTimeout(timer);
    };
  }, [rested, step, prefetch]);

  const View = hydrated && visual.view !== 'kontext' ? views[visual.view] : undefined;
  return (
    <aside
      className="panel"
      aria-label={ui.panel.label}
      data-view={View ? visual.view : 'kontext'}
      id={PANEL_ID}
      data-shown-step={step.id}
      data-docked={reading.index > 0 ? 'true' : 'false'}
      data-held={held ? 'true' : undefined}
    >
      <div className="panel__inner">
        <ActorFilter />
        <div
          ref={stageRef}
          className="panel__stage"
          role="group"
          aria-label={ui.panel.stage(section.shortTitle)}
          tabIndex={-1}
          onFocus={(event) => {
            if (focusAsked.current) return;
            setHeld(keyboardFocused(event.target) ? (held ?? shown) : null);
          }}
          onBlur={(event) => {
            const next = event.relatedTarget;
            if (!(next instanceof Node && event.currentTarget.contains(next))) {
              setHeld(null);
            }
          }}
        >
          {/* One boundary that stays mounted, whichever view is shown (or none): when the next
              view's code is still on its way, the panel keeps its previous state, card included,
              until it has arrived (the panel changes in transitions), and then changes at once. A
              boundary made anew would show its placeholder first and reveal the view in a later
              commit, held back by React's throttle for revealing suspended content. */}
          <Suspense fallback={loadingView}>
            {View && (
              <PanelView
                View={View}
                visual={visual}
                callouts={step.callouts}
                selected={selected}
                sectionId={section.id}
              />
            )}
          </Suspense>
          <ErrorBoundary fallback={failed}>
            <ContextCard section={section} step={step} />
          </ErrorBoundary>
        </div>
      </div>
    </aside>
  );
}
