/** What the Tab key can reach, in document order (positive tabindex values are not used here). */
const CANDIDATES = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]',
].join(',');

type Focusable = HTMLElement | SVGElement;

function shown(el: Element): boolean {
  return typeof el.checkVisibility === 'function'
    ? el.checkVisibility({ visibilityProperty: true })
    : el.getClientRects().length > 0;
}

export function tabbables(root: ParentNode = document): Focusable[] {
  return Array.from(root.querySelectorAll<Focusable>(CANDIDATES)).filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && shown(el),
  );
}

/** The first element the Tab key reaches after `from`, leaving out anything inside `skip`. */
export function nextTabbable(from: Element, skip?: Element | null): Focusable | undefined {
  return tabbables().find(
    (el) =>
      !from.contains(el) &&
      !skip?.contains(el) &&
      (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}
