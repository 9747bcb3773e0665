import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { loadDetailTexts } from '../../content/detail-texts';
import { reportLoadFailure } from '../../load-failure';
import type { AnnotationTarget } from '../../content/target';
import type { PopoverSheet as PopoverSheetComponent } from './popover-sheet';

export interface OpenPopover {
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
let PopoverSheet: typeof PopoverSheetComponent | null = null;
let factDetailLoading: Promise<void> | null = null;

export function loadFactDetail(): Promise<void> {
  factDetailLoading ??= Promise.all([import('./popover-sheet'), loadDetailTexts()]).then(
    ([module]) => {
      PopoverSheet = module.PopoverSheet;
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
    if (PopoverSheet) show();
    else void attempt();
  }, []);

  const api = useMemo(
    () => ({ openKey: current?.key ?? null, open, close }),
    [current, open, close],
  );

  return (
    <PopoverContext.Provider value={api}>
      {children}
      {current && PopoverSheet && <PopoverSheet current={current} close={close} />}
    </PopoverContext.Provider>
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
