/**
 * Where the reader was on each history entry: the scroll position and the focused element,
 * restored when back or forward returns to the entry (and after a reload).
 *
 * The browser's own restoration runs before a single-page app has rendered the page it returns
 * to, so it is switched off (`history.scrollRestoration = 'manual'`) and done here instead. Each
 * entry is known by the router's key in `history.state`, or by an id of its own where the key is
 * missing (the first entry, and entries the browser creates itself, such as a table-of-contents
 * jump to `#abschnitt`). A position is saved
 * at the moments that can leave an entry: a click or a key press (before the router acts on it),
 * a browser back or forward (`popstate`, before the router renders), and leaving the page.
 */

const ENTRY_FIELD = 'position';
const STORAGE_KEY = 'lesepositionen';
const MAX_ENTRIES = 50;
/** How long a restoration waits for the page to grow tall enough (lazy content arriving). */
const WAIT_MS = 3000;
/** How long a restored position is held against a scroll the browser still has under way. */
const HOLD_MS = 700;

export interface SavedPosition {
  y: number;
  /** The id of the element that had focus (or the element a popover returns focus to). */
  focus?: string;
}

const positions = new Map<string, SavedPosition>();
let current: string | undefined;
let started = false;

/**
 * The entry's id: the router's key where the router made the entry (so that a navigation costs
 * one history write, not two), else the id given here. The router's first entry has none.
 */
function entryOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { [ENTRY_FIELD]: own, key } = state as Record<string, unknown>;
  if (typeof own === 'string') return own;
  return typeof key === 'string' && key !== 'default' ? key : undefined;
}

const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The element focus should come back to: a popover's trigger, else the focused element. */
function focusedId(): string | undefined {
  const active = document.activeElement;
  if (!active || active === document.body) return undefined;
  const owner = active.closest('[data-return-focus]')?.getAttribute('data-return-focus');
  return owner || active.id || undefined;
}

/**
 * While back or forward is restoring a position, scrolling is instant: the browser's own scroll to
 * the entry's anchor (or to the top, for an entry without one) must not glide on past it.
 */
let releaseTimer = 0;
function scrollInstantly(on: boolean) {
  window.clearTimeout(releaseTimer);
  document.documentElement.style.scrollBehavior = on ? 'auto' : '';
  if (on) releaseTimer = window.setTimeout(() => scrollInstantly(false), WAIT_MS + HOLD_MS);
}

function save() {
  if (!current) return;
  positions.delete(current);
  positions.set(current, { y: Math.round(window.scrollY), focus: focusedId() });
  while (positions.size > MAX_ENTRIES) positions.delete(positions.keys().next().value!);
}

function persist() {
  save();
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions]));
  } catch {
    // Storage may be full or switched off: positions then last as long as the page.
  }
}

function load() {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(stored)) return;
    for (const entry of stored) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      const value = entry[1] as Partial<SavedPosition> | null;
      if (typeof value?.y !== 'number') continue;
      positions.set(entry[0], {
        y: value.y,
        ...(typeof value.focus === 'string' ? { focus: value.focus } : {}),
      });
    }
  } catch {
    // Nothing stored, or storage unavailable.
  }
}

/**
 * Takes over scroll restoration for this page. Call once in the browser before the router
 * starts, so that this `popstate` listener runs before the router's.
 */
export function startHistoryPositions() {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.history.scrollRestoration = 'manual';
  load();
  // The entry gets its id now, not when the app has started: a reload before that keeps it.
  arriveAtEntry();
  window.addEventListener('click', save, true);
  window.addEventListener('keydown', save, true);
  window.addEventListener(
    'popstate',
    (event) => {
      // A popstate into an entry without an id is a new entry the browser made (a jump to an
      // anchor); the click on the link already saved where the reader was.
      if (entryOf(event.state)) {
        save();
        scrollInstantly(true);
      }
      current = undefined;
    },
    true,
  );
  window.addEventListener('pagehide', persist);
}

/**
 * Marks the history entry now shown as the current one, giving it an id if it has none.
 * Returns its id and whether it is new (then there is nothing to restore).
 */
export function arriveAtEntry(): { id: string; fresh: boolean } | undefined {
  if (!started) return undefined;
  const existing = entryOf(window.history.state);
  if (existing) {
    current = existing;
    return { id: existing, fresh: false };
  }
  const id = newId();
  const state: unknown = window.history.state;
  window.history.replaceState(
    { ...(typeof state === 'object' && state !== null ? state : {}), [ENTRY_FIELD]: id },
    '',
  );
  current = id;
  return { id, fresh: true };
}

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls back to where the reader was on the entry and gives focus back, once the page is
 * rendered and tall enough (lazy content may still be arriving). A smooth scroll the browser
 * started before (a jump to an anchor, then back at once) would carry the page on: the position
 * is held for a moment, unless the reader scrolls. Returns a cancel function.
 */
export function restorePosition(id: string): () => void {
  const saved = positions.get(id);
  if (!saved) return () => {};
  const deadline = performance.now() + WAIT_MS;
  let frame = 0;
  let holdUntil = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
    scrollInstantly(false);
  };
  const hold = () => {
    if (Math.abs(window.scrollY - saved.y) > 1) {
      window.scrollTo({ top: saved.y, left: 0, behavior: 'instant' });
    }
    if (performance.now() < holdUntil) frame = requestAnimationFrame(hold);
    else stop();
  };
  const attempt = () => {
    const room = document.documentElement.scrollHeight - window.innerHeight;
    const loading = document.querySelector('[aria-busy="true"]') !== null;
    if ((loading || room < saved.y) && performance.now() < deadline) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    window.scrollTo({ top: saved.y, left: 0, behavior: 'instant' });
    if (saved.focus) document.getElementById(saved.focus)?.focus({ preventScroll: true });
    for (const type of READER_INPUT) {
      window.addEventListener(type, stop, { capture: true, passive: true });
    }
    holdUntil = performance.now() + HOLD_MS;
    frame = requestAnimationFrame(hold);
  };
  attempt();
  return stop;
}
