import type { routes as de } from '../de/routes';

/** The explainer's addresses and URL parameters in English (/map?place=kyiv). */
export const routes: {
  readonly [K in keyof typeof de]: K extends 'params'
    ? { readonly [P in keyof (typeof de)['params']]: string }
    : string;
} = {
  story: '/',
  map: '/map',
  timeline: '/timeline',
  actors: '/actors',
  glossary: '/glossary',
  sources: '/sources',
  embed: '/embed',
  params: {
    filter: 'actor',
    place: 'place',
    event: 'event',
    node: 'node',
    relation: 'relation',
  },
};
