import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The layers of src/ and which way they may import:
 *   app/        composes everything: routes, layout, the views the story's panel shows.
 *   features/x/ one view or page each; never imports another feature (what two features share
 *               moves down: components/, lib/, content/), nor is imported by shared code.
 *   components/ shared React parts (the fact popover and detail, the filter's chips, ui/).
 *   lib/, content/  plain modules: no React component (no .tsx, nothing from components/,
 *               features/ or app/), so scripts and tests can use them without a DOM.
 * The rule resolves each import to its file, so a relative path of any depth is judged by where
 * it leads. (tests/unit/import-boundaries.test.ts shows that it still does.)
 */
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** @type {import('eslint').Linter.Config} */
export const importBoundaries = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [
      createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
    ],
  },
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        basePath: import.meta.dirname,
        zones: [
          ...features.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message: `A feature does not import another: move what features/${feature} shares to src/components, src/lib or src/content, or compose them in src/app.`,
          })),
          {
            target: './src/components',
            from: ['./src/features', './src/app'],
            message: 'Shared components do not reach up into a feature or the app.',
          },
          {
            target: ['./src/lib/**', './src/content/**'],
            // One pattern, so that an import it matches twice is reported once.
            from: './src/{app/**/*,features/**/*,components/**/*,**/*.tsx}',
            message:
              'src/lib and src/content hold no React component: they import none, nor anything from src/components, src/features or src/app.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'test-results-*',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Content is never injected as HTML: React escapes every string we render.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content must be rendered as text, never injected as HTML.',
        },
      ],
    },
  },
  importBoundaries,
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
