import { test as guarded } from '../e2e/fixtures';

export { expect } from '../e2e/fixtures';

/** The guarded test of tests/e2e/, told which article its project's server builds. */
export const test = guarded.extend<object, { article: string }>({
  article: ['', { option: true, scope: 'worker' }],
});
