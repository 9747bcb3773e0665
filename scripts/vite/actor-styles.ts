import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { articleDir } from '../article.mjs';
import { actorStylesheet, expandChosen, type ActorColours } from '../../src/styles/actor-styles.ts';

const ID = 'virtual:actor-styles.css';
// Not "\0"-prefixed: Vite's CSS pipeline takes it as the stylesheet it is.
const RESOLVED = '/@actor-styles.css';

/** The chosen article's actors, as stored. */
export function articleActors(): ActorColours[] {
  return JSON.parse(readFileSync(`${articleDir()}data/actors.json`, 'utf8')) as ActorColours[];
}

/**
 * `import 'virtual:actor-styles.css'`: the actors' colours and colour classes; and `:--chosen`
 * written out in every stylesheet (see src/styles/actor-styles.ts).
 */
export function actorStyles(): Plugin {
  const file = `${articleDir()}data/actors.json`;
  return {
    name: 'actor-styles',
    enforce: 'pre',
    resolveId: (source) => (source === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      return actorStylesheet(articleActors());
    },
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id) || !code.includes(':--chosen')) return null;
      this.addWatchFile(file);
      return { code: expandChosen(code, articleActors()), map: null };
    },
  };
}
