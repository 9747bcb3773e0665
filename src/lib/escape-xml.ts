/**
 * Escapes text for an XML or HTML text node or a double-quoted attribute: the pictures the build
 * draws (print, social image, opening figure) and the page head the prerender writes.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
