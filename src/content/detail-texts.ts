/**
 * The fields of the content that only a fact's detail, a view or another page shows are most of
 * its weight; the story's first load leaves them out (./lean-fields.ts). This fetches the content
 * files whole, as one chunk of their own, and fills the fields in. Everything that shows such a
 * field waits for it: a fact's detail, the views, and the pages before they hydrate.
 */
import { content } from './index';
import { leanFields } from './lean-fields';

type ContentRecord = Record<string, unknown> & { id: string };

let pending: Promise<void> | null = null;

export function loadDetailTexts(): Promise<void> {
  pending ??= import('./detail-data').then(
    (files) => {
      const items = {
        'events.json': [files.events, content.eventById],
        'places.json': [files.places, content.placeById],
        'actors.json': [files.actors, content.actorById],
        'terms.json': [files.terms, content.termById],
        'notes.json': [files.notes, content.noteById],
      } as const;
      content.changes = files.site.changes;
      for (const [file, [records, byId]] of Object.entries(items)) {
        for (const record of records as ContentRecord[]) {
          const item = byId.get(record.id) as Record<string, unknown> | undefined;
          if (!item) continue;
          for (const field of leanFields[file as keyof typeof leanFields]) {
            if (field in record) item[field] = record[field];
          }
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
