import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { detailText } from '@locale/detail';
import { nextTabbable, tabbables } from '../../lib/tabbable';
import { FactDetail } from './fact-detail';
import { describeTarget } from './fact-summary';
import type { OpenPopover } from './popover';

/**
 * The open popover itself: placed by its trigger (a sheet at the bottom of a phone's screen),
 * with the fact's detail. A chunk of its own with the detail (./popover.tsx loads it when the
 * reader first reaches for a fact), so the first load carries only the provider.
 */
const GAP = 8;

export function PopoverSheet({
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

  if (!summary) return null;
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
        <span className="visually-hidden">{detailText.close}</span>
      </button>
      <FactDetail summary={summary} headingId={headingId} />
    </div>,
    document.body,
  );
}
