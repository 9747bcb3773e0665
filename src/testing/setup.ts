import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { resetActiveStep } from '../features/story/active-step';
import { loadDetailTexts } from '../content/detail-texts';

// A state a test waits for (a view that follows the reading position a moment later) may take
// several seconds on a busy two-core machine: the wait ends as soon as it is there.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  // The components under test show the whole content; the first load's lean content is tested in
  // src/content/detail-texts.test.ts.
  await loadDetailTexts();
  // jsdom has neither; the story only needs them to exist.
  class NoopObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  globalThis.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver;
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

afterEach(() => {
  cleanup();
  resetActiveStep();
});
