import type { Plugin } from 'vite';

/**
 * react-router's build keeps a few components that this app never renders in every bundle: a
 * top-level `React.forwardRef(…)` or `React.memo(…)` call may have side effects as far as the
 * bundler knows, and so may the `displayName` written on it. Form (with its submission code),
 * ScrollRestoration, unstable_HistoryRouter and the data router's memoised routes stay in the
 * story's first load although nothing uses them. This marks those calls pure, and drops the
 * names of those components, which only React's developer tools show: what the app uses is
 * unchanged, what it does not use is left out.
 */
const UNUSED_NAMES = /^(?:Form|ScrollRestoration|HistoryRouter)\.displayName = "[^"]*";$/gm;

export function routerTreeShaking(): Plugin {
  return {
    name: 'router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]/.test(id)) return null;
      const next = code
        .replace(/^(const \w+ = )(React\$1\.(?:forwardRef|memo)\()/gm, '$1/* @__PURE__ */ $2')
        .replace(UNUSED_NAMES, '');
      return next === code ? null : { code: next, map: null };
    },
  };
}
