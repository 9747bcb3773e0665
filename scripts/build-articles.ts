/**
 * `npm run build:articles`: builds every article of the repository besides the default one, each
 * to its own static site (dist-<id>/), as `ARTICLE=<id> npm run build` does for one.
 */
import { spawnSync } from 'node:child_process';
import { articleIds, currentArticle, defaultOutDir } from './article.mjs';

const fallback = currentArticle();
for (const id of articleIds().filter((a) => a !== fallback)) {
  console.log(`\n${id} → ${defaultOutDir(id)}/`);
  const env = { ...process.env, ARTICLE: id, OUT_DIR: defaultOutDir(id) };
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
