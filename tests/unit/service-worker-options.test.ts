import { describe, expect, it } from 'vitest';
import { notFoundRoute, pageRoutes } from '../../src/app/site';
import { serviceWorkerOptions, precachedFiles } from '../../scripts/service-worker-options';
import { FILTER_PARAM } from '../../src/features/filter/use-actor-filter';
import { PLACE_PARAM } from '../../src/features/map/use-selected-place';
import { EVENT_PARAM } from '../../src/features/timeline/use-selected-event';
import { NODE_PARAM, RELATION_PARAM } from '../../src/features/actors/selection';

const workbox = serviceWorkerOptions.workbox!;

describe('the service worker’s precache', () => {
  it('holds the prerendered HTML of every route in routes.ts and of the 404 page', () => {
    for (const route of [...pageRoutes, notFoundRoute]) {
      expect(workbox.globPatterns).toContain(route.file);
    }
  });

  it('holds every built asset, the printed story’s pictures and the icon', () => {
    expect(workbox.globPatterns).toEqual(
      expect.arrayContaining(['assets/**/*', 'druck/**/*', 'favicon.svg']),
    );
    expect(precachedFiles).toBe(workbox.globPatterns);
  });

  it('answers a path that is no page with the 404 page, never with the story', () => {
    expect(workbox.navigateFallback).toBe(notFoundRoute.file);
    expect(workbox.navigateFallback).not.toBe('index.html');
  });

  it('finds a page whatever its address says in the query', () => {
    const ignored = (name: string) =>
      (workbox.ignoreURLParametersMatching ?? []).some((pattern) => pattern.test(name));
    for (const name of [FILTER_PARAM, PLACE_PARAM, EVENT_PARAM, NODE_PARAM, RELATION_PARAM]) {
      expect(ignored(name), name).toBe(true);
    }
  });

  it('lets a new version wait for the reader, and takes control on the first visit', () => {
    expect(workbox.skipWaiting).toBe(false);
    expect(workbox.clientsClaim).toBe(true);
    expect(serviceWorkerOptions.injectRegister).toBe(false);
  });
});
