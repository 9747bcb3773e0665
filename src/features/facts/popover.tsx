import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'react-router';
import { loadDetailTexts } from '../../content/detail-texts';
import { reportLoadFailure } from '../../load-failure';
import type { AnnotationTarget } from '../../content/target';
import { ui } from '../../content/ui.de';
import { nextTabbable, tabbables } from '../../lib/tabbable';
import { describeTarget } from './fact-summary';
import type { FactDetail as FactDetailComponent } from './fact-detail';

interface OpenPopover {
  target: AnnotationTarget;
  /** The element that opened it: focus returns there on close. */
  trigger: HTMLElement;
  /** Which trigger, for aria-expanded. */
  key: string;
}

interface PopoverApi {
  openKey: string | null;
  open: (key: string, target: AnnotationTarget, trigger: HTMLElement) => void;
  close: (returnFocus?: boolean) => void;
}

const PopoverContext = createContext<PopoverApi | null>(null);

/**
 * The detail inside a popover is its own chunk (and the events' texts another), fetched at the
 * reader's first sign of interest
 * (see src/app/hydrate.tsx) and, at the latest, when a popover first opens: it opens once the
 * detail is there, so it is placed and focused with its whole content.
 */
let FactDetail: typeof FactDetailComponent | null = null;
let factDetailLoading: Promise<void> | null = null;

export function loadFactDetail(): Promise<void> {
  factDetailLoading ??= Promise.all([import('./fact-detail'), loadDetailTexts()]).then(
    ([module]) => {
      FactDetail = module.FactDetail;
    },
    (error: unknown) => {
      factDetailLoading = null; // A later attempt may succeed (the network may be back).
      throw error;
    },
  );
  return factDetailLoading;
}

export function usePopover(): PopoverApi {
  const api = useContext(PopoverContext);
  if (!api) throw new Error('usePopover needs a PopoverProvider');
  return api;
}

/** One popover at a time for the whole page: the detail of an annotation or a panel item. */
export function PopoverProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<OpenPopover | null>(null);
  const currentRef = useRef<OpenPopover | null>(null);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  // Any navigation (a link followed, back, forward) closes the popover, for good.
  const { key: locationKey } = useLocation();
  const [openedAt, setOpenedAt] = useState(locationKey);
  if (openedAt !== locationKey) {
    setOpenedAt(locationKey);
    setCurrent(null);
  }

  const close = useCallback((returnFocus = true) => {
    if (returnFocus) currentRef.current?.trigger.focus();
    setCurrent(null);
  }, []);

  const open = useCallback((key: string, target: AnnotationTarget, trigger: HTMLElement) => {
    const show = () =>
      setCurrent(currentRef.current?.key === key ? null : { key, target, trigger });
    // Should the detail's code not arrive, the page says so; trying again opens it.
    const attempt = (): Promise<unknown> =>
      loadFactDetail().then(show, () => reportLoadFailure(attempt));
    if (FactDetail) show();
    else void attempt();
  }, []);

  const api = useMemo(
    () => ({ openKey: current?.key ?? null, open, close }),
    [current, open, close],
  );

  return (
    <PopoverContext.Provider value={api}>
      {children}
      {current && <Popover current={current} close={close} />}
    </PopoverContext.Provider>
  );
}

const GAP = 8;

function Popover({
  current,
  close,
}: {
  current: OpenPopover;
  close: (returnFocus?: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const summary = describeTarget(current.target);

  useLayoutEffect(() => {
    const place = () => {
      const dialog = ref.current;
      if (!dialog) return;
      const rect = current.trigger.getBoundingClientRect();
      const width = dialog.offsetWidth;
      const height = dialog.offsetHeight;
      const viewportWidth = document.documentElement.clientWidth;
      const below = rect.bottom + GAP;
      const fitsBelow = below + height <= window.innerHeight || rect.top - GAP - height < 0;
      const top = (fitsBelow ? below : rect.top - GAP - height) + window.scrollY;
      const left = Math.min(Math.max(GAP, rect.left), viewportWidth - width - GAP) + window.scrollX;
      setPosition({ top, left });
    };
    place();
    // On a phone the detail is a sheet at the bottom of the screen: a word tapped in the lower
    // part would be under it, so the page scrolls the word up above the sheet (unless the word
    // stands in the visual, which stays where it is while the page scrolls).
    const dialog = ref.current;
    if (
      dialog &&
      getComputedStyle(dialog).position === 'fixed' &&
      !current.trigger.closest('.panel')
    ) {
      const rect = current.trigger.getBoundingClientRect();
      const sheetTop = window.innerHeight - dialog.offsetHeight;
      const overlap = rect.bottom + GAP - sheetTop;
      if (overlap > 0) window.scrollBy({ top: overlap });
    }
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [current]);

  useEffect(() => {
    // The dialog is placed before it is painted; focusing must not scroll the page to it.
    ref.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(true);
        return;
      }
      const dialog = ref.current;
      if (event.key !== 'Tab' || !dialog?.contains(document.activeElement)) return;
      // The popover lives at the end of the page but belongs after its trigger: Tab past its
      // last link continues in the text after the trigger, Shift+Tab from its start goes back.
      const inside = tabbables(dialog);
      const active = document.activeElement;
      if (!event.shiftKey && (inside.length === 0 || active === inside.at(-1))) {
        event.preventDefault();
        const next = nextTabbable(current.trigger, dialog);
        close(!next);
        next?.focus();
      } else if (event.shiftKey && (active === dialog || active === inside[0])) {
        event.preventDefault();
        close(true);
      }
    };
    const onPointer = (event: PointerEvent) => {
      const node = event.target as Node;
      if (!ref.current?.contains(node) && !current.trigger.contains(node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [close, current]);

  if (!summary || !FactDetail) return null;
  return createPortal(
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-placed={position ? 'true' : 'false'}
      data-return-focus={current.trigger.id || undefined}
      style={position ? { top: position.top, left: position.left } : undefined}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !ref.current?.contains(next) && next !== current.trigger) close(false);
      }}
    >
      <button type="button" className="popover__close" onClick={() => close(true)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{ui.popover.close}</span>
      </button>
      <FactDetail summary={summary} headingId={headingId} />
    </div>,
    document.body,
  );
}

/** A button that opens the detail of a target; used in the text and in the panel. */
export function FactTrigger({
  popoverKey,
  target,
  className,
  children,
  id,
  ...data
}: {
  popoverKey: string;
  target: AnnotationTarget;
  className?: string;
  children: ReactNode;
  id?: string;
  'aria-label'?: string | undefined;
  [dataAttribute: `data-${string}`]: string | number | undefined;
}) {
  const { openKey, open } = usePopover();
  return (
    <button
      type="button"
      id={id}
      className={className}
      aria-haspopup="dialog"
      aria-expanded={openKey === popoverKey}
      // What it opens, for the stylesheet and the tests (two triggers of one fact may share a name).
      data-target={`${target.type}:${target.id}`}
      {...data}
      onClick={(event) => open(popoverKey, target, event.currentTarget)}
    >
      {children}
    </button>
  );
}
