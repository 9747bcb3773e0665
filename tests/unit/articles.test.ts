import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { articleIds } from '../../scripts/article';

/**
 * Every article folder of the repository passes the one judge of content, `npm run validate`
 * (schema, article text, fact sheets, provenance rules, palette, diagram), as its build would
 * run it: an article's data is checked for every folder, not on one article's ids.
 */
describe.each(articleIds())('the article "%s"', (id) => {
  it('passes the content validator', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', './scripts/article-hooks.mjs', 'scripts/validate-content.ts'],
      { env: { ...process.env, ARTICLE: id }, encoding: 'utf8' },
    );
    expect(result.stderr + result.stdout).toContain('Content is valid.');
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('the articles of the repository', () => {
  it('are more than one: the engine is tested on an article it was not written for', () => {
    expect(articleIds().length).toBeGreaterThanOrEqual(2);
  });
});
