/**
 * Registers the service worker that keeps the explainer readable offline (written by
 * scripts/service-worker.ts), and offers a waiting new version to the reader.
 *
 * A new version never takes over a page on its own: the page keeps the chunks it was built with
 * until the reader reloads (or closes every tab). Without service workers nothing changes.
 */
export interface UpdateOffer {
  /** Shows the notice; `accept` activates the new version, and the page reloads into it. */
  (accept: () => void): void;
}

/** How long an accepted new version may take to come into control before the page reloads. */
export const RELOAD_ANYWAY_MS = 3000;

const showNotice: UpdateOffer = (accept) => {
  void import('./update-notice').then((notice) => notice.showUpdateNotice(accept));
};

export async function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  offer: UpdateOffer = showNotice,
  base: string = import.meta.env.BASE_URL,
): Promise<ServiceWorkerRegistration | undefined> {
  // Missing where service workers are unsupported or not allowed (e.g. plain http).
  if (!container) return undefined;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${base}sw.js`, { scope: base });
  } catch {
    // Storage disabled, a blocked worker: the explainer still works, just not offline.
    return undefined;
  }
  // A stand-in for register() (as test browsers use to block workers) may return nothing.
  if (!registration) return undefined;

  // A worker that finished installing while a page is controlled is a new version; the very first
  // one (no controller yet) has nothing to replace.
  const offerIfUpdate = (worker: ServiceWorker) => {
    if (!container.controller) return;
    offer(() => {
      let reloaded = false;
      const reload = () => {
        if (reloaded) return;
        reloaded = true;
        window.location.reload();
      };
      container.addEventListener('controllerchange', reload, { once: true });
      // Workbox's generated worker skips waiting on this message.
      worker.postMessage({ type: 'SKIP_WAITING' });
      // The reader asked for a reload: if the new version cannot take over soon (its activation
      // waits while the old worker is still busy with this page), the page reloads all the same,
      // and the new version takes over once the old page is gone.
      window.setTimeout(reload, RELOAD_ANYWAY_MS);
    });
  };
  if (registration.waiting) offerIfUpdate(registration.waiting);
  const found = registration;
  found.addEventListener('updatefound', () => {
    const worker = found.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerIfUpdate(worker);
    });
  });
  return registration;
}
