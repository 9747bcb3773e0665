import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routerTreeShaking } from '../../scripts/vite/router-tree-shaking';

/**
 * The transform matches patterns in react-router's built files: if an update changes them, it
 * would silently do nothing and about 1.3 KB would come back into the first load. Run on the
 * installed version's files, it must still find what it marks.
 */
const dist = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/lib',
);
const transform = (file: string) => {
  const plugin = routerTreeShaking();
  const code = readFileSync(join(dist, file), 'utf8');
  const run = plugin.transform as (code: string, id: string) => { code: string } | null;
  return { code, result: run(code, join(dist, file)) };
};

describe("react-router's unused components", () => {
  it('are marked pure in both files that create them', () => {
    for (const file of ['components.js', 'dom/lib.js']) {
      const { result } = transform(file);
      expect(result, file).not.toBeNull();
      expect(result!.code.match(/\/\* @__PURE__ \*\/ React\$1\./g)?.length, file).toBeGreaterThan(
        0,
      );
    }
  });

  it('lose the names that kept Form, ScrollRestoration and HistoryRouter alive', () => {
    const { code, result } = transform('dom/lib.js');
    for (const name of ['Form', 'ScrollRestoration', 'HistoryRouter']) {
      expect(code).toMatch(new RegExp(`^${name}\\.displayName = `, 'm'));
      expect(result!.code).not.toMatch(new RegExp(`^${name}\\.displayName = `, 'm'));
    }
  });
});
