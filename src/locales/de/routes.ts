/**
 * The explainer's addresses and URL parameters in this edition's language: the German edition
 * keeps its German URLs (/karte?ort=kyiv). A page's file in the static build is its path's name
 * (karte.html).
 */
export const routes = {
  story: '/',
  map: '/karte',
  timeline: '/chronik',
  actors: '/akteure',
  glossary: '/glossar',
  sources: '/quellen',
  /** A view alone, for another site's page: /einbetten/karte. */
  embed: '/einbetten',
  params: {
    filter: 'akteur',
    place: 'ort',
    event: 'ereignis',
    node: 'knoten',
    relation: 'beziehung',
  },
} as const;
