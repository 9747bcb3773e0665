/**
 * The printed story's additions (#druck: the pictures, the context card, the sources list) and
 * their print-only order rules are built into the HTML of `/` (scripts/print.ts). A reader who
 * reaches the story from another page inside the app has a document without them; this adopts
 * them from that HTML — same origin, precached by the service worker — so printing gives the
 * same pages as after a load of `/`. Nothing is rendered from it on screen.
 */
import { PRINT_BLOCK_ID } from './print-edition';

export async function adoptPrintBlock(storyUrl: string, doc: Document = document): Promise<void> {
  if (doc.getElementById(PRINT_BLOCK_ID)) return;
  let html: string;
  try {
    const response = await fetch(storyUrl, { credentials: 'same-origin' });
    if (!response.ok) return;
    html = await response.text();
  } catch {
    // Offline without a cached copy: the article still prints, without the pictures.
    return;
  }
  const page = new DOMParser().parseFromString(html, 'text/html');
  const block = page.getElementById(PRINT_BLOCK_ID);
  // Another call may have finished while this one waited.
  if (!block || doc.getElementById(PRINT_BLOCK_ID)) return;
  const order = page.head.querySelector('style[media="print"]');
  if (order) doc.head.append(doc.importNode(order, true));
  doc.body.append(doc.importNode(block, true));
}
