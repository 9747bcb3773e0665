/**
 * The fields of the content that only a fact's detail, a view or another page shows are most of
 * its weight; the story's first load leaves them out (./lean-fields.ts). This fetches the content
 * files whole, as one chunk of their own, and fills the fields in. Everything that shows such a
 * field waits for it: a fact's detail, the views, and the pages before they hydrate.
 */
import { content } from './index';

type ContentRecord = Record<string, unknown> & { id: string };

let pending: Promise<void> | null = null;

export function loadDetailTexts(): Promise<void> {
  pending ??= import('./detail-data').then(
    (files) => {
      const items = [
        [files.events, content.eventById],
        [files.places, content.placeById],
        [files.actors, content.actorById],
        [files.terms, content.termById],
        [files.notes, content.noteById],
      ] as const;
      content.changes = files.site.changes;
      Object.assign(content.site, files.site);
      for (const [records, byId] of items) {
        for (const record of records as ContentRecord[]) {
          const item = byId.get(record.id) as Record<string, unknown> | undefined;
          if (!item) continue;
          // The whole record: its lean fields filled in, the others the same values again.
          Object.assign(item, record);
        }
      }
    },
    (error: unknown) => {
      pending = null; // A later attempt may succeed (the network may be back).
      throw error;
    },
  );
  return pending;
}

/** A view's or page's module, once it and the detail texts it shows have both arrived. */
export function withDetailTexts<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadDetailTexts()]).then(([loaded]) => loaded);
}
