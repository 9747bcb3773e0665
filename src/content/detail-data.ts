/** The content files whole, fetched as one chunk by ./detail-texts.ts. */
export { default as events } from '@article/data/events.json';
export { default as places } from '@article/data/places.json';
export { default as actors } from '@article/data/actors.json';
export { default as terms } from '@article/data/terms.json';
export { default as notes } from '@article/data/notes.json';
export { default as site } from '@article/data/site.json';
