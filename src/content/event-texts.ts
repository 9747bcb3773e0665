/**
 * The events' texts and notes are the largest part of the content the story does not show at
 * once: the first load carries them only for the epilogue (see scripts/vite/lean-events.ts). This
 * fetches the rest, as its own chunk, and completes the content with them. Everything that shows
 * an event's text waits for it: a fact's detail, the views, and the pages before they hydrate.
 */
import { content } from './index';

let pending: Promise<void> | null = null;

export function loadEventTexts(): Promise<void> {
  pending ??= import('./data/events.json').then(
    ({ default: events }) => {
      for (const { id, text, note } of events as { id: string; text: string; note?: string }[]) {
        const event = content.eventById.get(id);
        if (!event) continue;
        event.text = text;
        if (note) event.note = note;
      }
    },
    (error: unknown) => {
      pending = null; // A later attempt may succeed (the network may be back).
      throw error;
    },
  );
  return pending;
}

/** A view's or page's module, once it and the events' texts it shows have both arrived. */
export function withEventTexts<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadEventTexts()]).then(([loaded]) => loaded);
}
