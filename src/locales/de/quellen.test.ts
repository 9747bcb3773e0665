import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { software, softwarePackages } from './quellen';

const licenceOf = (name: string) =>
  (
    JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as {
      license: string;
    }
  ).license;

// Paths are relative to the project root, where the tests run.
describe('the sources page data', () => {
  it('names the licence each library in the browser declares', () => {
    const dependencies = Object.keys(
      (
        JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    for (const item of software) {
      const packages = softwarePackages[item.name] ?? [];
      expect(packages.length, item.name).toBeGreaterThan(0);
      for (const name of packages) expect(licenceOf(name), name).toBe(item.licence);
    }
    // Every runtime dependency is listed.
    expect(Object.values(softwarePackages).flat().sort()).toEqual([...dependencies].sort());
  });
});
