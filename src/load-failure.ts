/**
 * When a chunk of the app cannot be fetched (a flaky connection), the prerendered page stays as
 * it is, and this polite note says that its interactive parts could not be loaded, with a button
 * that tries again. Plain DOM, outside the app's root: it works before React has arrived (the
 * app's own chunk may be the one that failed) and never disturbs hydration. One note for the
 * page; every failure adds its retry to it.
 */
import { loadingUi } from '@locale/loading';

const retries = new Set<() => Promise<unknown>>();
let note: HTMLElement | null = null;

function remove() {
  note?.remove();
  note = null;
}

async function retryAll(button: HTMLButtonElement) {
  button.disabled = true;
  button.textContent = loadingUi.retrying;
  const pending = [...retries];
  retries.clear();
  await Promise.allSettled(pending.map((retry) => retry()));
  // What failed again has put its retry back (it reported again); the note stays for it.
  if (retries.size === 0) remove();
  else {
    button.disabled = false;
    button.textContent = loadingUi.retry;
  }
}

/**
 * Shows the note (once) with a way to try again. `retry` tries once more and, should it fail
 * again, reports again (it never rejects); the note goes once every retry has worked.
 */
export function reportLoadFailure(retry: () => Promise<unknown>) {
  retries.add(retry);
  if (note) return;
  note = document.createElement('div');
  note.className = 'load-failure';
  note.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.className = 'load-failure__text';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'load-failure__retry';
  button.textContent = loadingUi.retry;
  button.addEventListener('click', () => void retryAll(button));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'load-failure__close';
  close.setAttribute('aria-label', loadingUi.dismiss);
  close.textContent = '×';
  close.addEventListener('click', remove);
  note.append(text, button, close);
  document.body.append(note);
  // A live region is announced when its content changes: it is in the document first, then
  // says its text.
  setTimeout(() => {
    text.textContent = loadingUi.failed;
  }, 100);
}
