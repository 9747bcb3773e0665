import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../../eslint.config.js';

/**
 * The lint rule that keeps src/'s layers apart (eslint.config.js) judges an import by the file it
 * resolves to. An import it cannot resolve it lets pass, silently: these probes, written as if
 * they sat in the folders named, show that it resolves our paths and rejects what crosses a line.
 */
const eslint = new ESLint({
  cwd: import.meta.dirname + '/../..',
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, importBoundaries],
});

async function problems(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${from}';\nexport { probe };\n`, {
    filePath: file,
  });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the import boundaries of src/', () => {
  it.each([
    ['src/features/map/probe.ts', '../timeline/timeline-model'],
    ['src/features/map/probe.tsx', '../../features/actors/layout'],
    ['src/features/story/probe.tsx', '../map/map-visual'],
  ])('a feature importing another is an error (%s: %s)', async (file, from) => {
    const found = await problems(file, from);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^import-x\/no-restricted-paths: .*A feature does not import another/);
  });

  it.each([
    ['src/lib/probe.ts', '../components/ui/foreign-words'],
    ['src/content/probe.ts', '../components/facts/fact-summary'],
    ['src/lib/probe.ts', '../entry-server'],
    ['src/content/probe.ts', '../features/map/map-model'],
    ['src/lib/probe.ts', '../app/routes'],
    ['src/components/ui/probe.tsx', '../../features/story/callout-list'],
  ])(
    'shared code importing a component, a feature or the app is an error (%s: %s)',
    async (file, from) => {
      const found = await problems(file, from);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^import-x\/no-restricted-paths: /);
    },
  );

  it.each([
    ['src/features/map/probe.ts', './map-model'],
    ['src/features/map/probe.ts', '../map/map-model'],
    ['src/features/map/probe.tsx', '../../components/facts/fact-detail'],
    ['src/features/map/probe.ts', '../../lib/actor-match'],
    ['src/features/map/probe.ts', '../../app/visuals'],
    ['src/components/ui/probe.tsx', '../../lib/use-actor-filter'],
    ['src/lib/probe.ts', '../content/schema'],
    ['src/app/probe.ts', '../features/map/map-visual'],
  ])('what the layers allow passes (%s: %s)', async (file, from) => {
    expect(await problems(file, from)).toEqual([]);
  });
});
