/** The content files whole, fetched as one chunk by ./detail-texts.ts. */
export { default as events } from './data/events.json';
export { default as places } from './data/places.json';
export { default as actors } from './data/actors.json';
export { default as terms } from './data/terms.json';
export { default as notes } from './data/notes.json';
export { default as site } from './data/site.json';
