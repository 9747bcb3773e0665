/**
 * The printed story's additions (#druck: the pictures, the context card, the sources list) and
 * their print-only order rules are built into the HTML of `/` (scripts/print.ts). Two things make
 * them ready for paper once the story is on screen and the browser is idle:
 *
 * - A reader who reaches the story from another page inside the app has a document without
 *   them: they are adopted from that HTML — same origin, precached by the service worker.
 * - The pictures are `loading="lazy"`, so the first load never fetches them. A browser starts to
 *   fetch lazy pictures only when printing begins, and may lay out the pages before they arrive
 *   (Chromium's PDF printing does). Here they are fetched in advance — from the service worker's
 *   cache after the first visit — so every print has them. They stay hidden on screen.
 */
import { PRINT_BLOCK_ID } from './print-edition';

/** Adopts the print block from the story's HTML at `storyUrl` if this document lacks it. */
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

/** Makes the story's print block ready: adopted if missing, its pictures fetched. */
export async function preparePrint(storyUrl: string, doc: Document = document): Promise<void> {
  await adoptPrintBlock(storyUrl, doc);
  doc
    .querySelectorAll<HTMLImageElement>(`#${PRINT_BLOCK_ID} img[loading="lazy"]`)
    .forEach((img) => {
      img.loading = 'eager';
    });
}
