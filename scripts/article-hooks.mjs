/**
 * `@article/…` imports for scripts that Node runs without Vite (`tsx --import
 * ./scripts/article-hooks.mjs …`): resolved to the chosen article's folder, as
 * scripts/vite/article.ts does for Vite. Only plain files: `?raw` and `?lean` need Vite.
 */
import { register } from 'node:module';

register('./article-resolve.mjs', import.meta.url);
