import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, RELOAD_ANYWAY_MS } from './register';

/** A stand-in for the browser's service worker objects: events and the few fields we read. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  install() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}
class FakeContainer extends EventTarget {
  controller: object | null = null;
  registration = new FakeRegistration();
  register = vi.fn(() => Promise.resolve(this.registration));
}

const asContainer = (fake: FakeContainer) => fake as unknown as ServiceWorkerContainer;

afterEach(() => vi.unstubAllGlobals());

describe('registerServiceWorker', () => {
  it('registers the worker at the base path, scoped to it', async () => {
    const container = new FakeContainer();
    await registerServiceWorker(asContainer(container), vi.fn(), '/pfad/');
    expect(container.register).toHaveBeenCalledWith('/pfad/sw.js', { scope: '/pfad/' });
  });

  it('offers nothing on the first visit: the first worker replaces nothing', async () => {
    const container = new FakeContainer();
    const offer = vi.fn();
    await registerServiceWorker(asContainer(container), offer, '/');
    container.registration.find(new FakeWorker());
    container.registration.installing!.install();
    expect(offer).not.toHaveBeenCalled();
  });

  it('offers a new version once it has installed beside the one in control', async () => {
    const container = new FakeContainer();
    container.controller = {};
    const offer = vi.fn();
    await registerServiceWorker(asContainer(container), offer, '/');
    const worker = new FakeWorker();
    container.registration.find(worker);
    expect(offer).not.toHaveBeenCalled();
    worker.install();
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const container = new FakeContainer();
    container.controller = {};
    container.registration.waiting = new FakeWorker();
    const offer = vi.fn();
    await registerServiceWorker(asContainer(container), offer, '/');
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('on acceptance activates the waiting worker and reloads once it is in control', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const container = new FakeContainer();
    container.controller = {};
    const waiting = new FakeWorker();
    container.registration.waiting = waiting;
    let accept = () => {};
    await registerServiceWorker(asContainer(container), (a) => (accept = a), '/');
    expect(waiting.postMessage).not.toHaveBeenCalled();
    accept();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads all the same when the accepted version does not come into control soon', async () => {
    vi.useFakeTimers();
    try {
      const reload = vi.fn();
      vi.stubGlobal('location', { ...window.location, reload });
      const container = new FakeContainer();
      container.controller = {};
      container.registration.waiting = new FakeWorker();
      let accept = () => {};
      await registerServiceWorker(asContainer(container), (a) => (accept = a), '/');
      accept();
      vi.advanceTimersByTime(RELOAD_ANYWAY_MS - 1);
      expect(reload).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(reload).toHaveBeenCalledTimes(1);
      // A late change of control does not reload a second time.
      container.dispatchEvent(new Event('controllerchange'));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the page alone where service workers are missing or refused', async () => {
    await expect(registerServiceWorker(undefined, vi.fn(), '/')).resolves.toBeUndefined();
    const refusing = new FakeContainer();
    refusing.register.mockRejectedValue(new DOMException('denied', 'SecurityError'));
    await expect(
      registerServiceWorker(asContainer(refusing), vi.fn(), '/'),
    ).resolves.toBeUndefined();
  });
});
