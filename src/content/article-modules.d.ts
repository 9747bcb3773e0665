/**
 * The chosen article's files (`@article/…`, resolved by scripts/vite/article.ts). Their types are
 * the schema's (src/content/schema.ts), which the build checks every file against: the engine
 * never takes a shape from one article's JSON.
 */
/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module cannot import a
   relative module: import() types are the only way to name the schema's types here. */
declare module '@article/text?raw' {
  const text: string;
  export default text;
}
declare module '@article/data/article.json' {
  const value: import('./schema').ArticleMeta;
  export default value;
}
declare module '@article/data/annotations.json' {
  const value: import('./schema').ContentFiles['annotations'];
  export default value;
}
declare module '@article/data/actors.json' {
  const value: import('./schema').Actor[];
  export default value;
}
declare module '@article/data/places.json' {
  const value: import('./schema').Place[];
  export default value;
}
declare module '@article/data/events.json' {
  const value: import('./schema').TimelineEvent[];
  export default value;
}
declare module '@article/data/terms.json' {
  const value: import('./schema').Term[];
  export default value;
}
declare module '@article/data/notes.json' {
  const value: import('./schema').FactNote[];
  export default value;
}
declare module '@article/data/sources.json' {
  const value: import('./schema').Source[];
  export default value;
}
declare module '@article/data/relations.json' {
  const value: import('./schema').Relation[];
  export default value;
}
declare module '@article/data/positions.json' {
  const value: import('./schema').ContentFiles['positions'];
  export default value;
}
declare module '@article/data/phases.json' {
  const value: import('./schema').PhaseSpec[];
  export default value;
}
declare module '@article/data/diagram.json' {
  const value: import('./schema').DiagramHints;
  export default value;
}
declare module '@article/data/site.json' {
  const value: import('./schema').Site;
  export default value;
}
/** Null for an article without one: only an article with a map needs it. */
declare module '@article/data/summit.json' {
  const value: import('./schema').Summit | null;
  export default value;
}
/** Null for an article without a map. */
declare module '@article/data/map.json' {
  const value: import('./schema').MapSpec | null;
  export default value;
}
/** The regions of the map's claims layer (TopoJSON); null for an article without. */
declare module '@article/geo/regions.topo.json' {
  const value: import('topojson-specification').Topology | null;
  export default value;
}
declare module '@article/record/timeline.json' {
  const value: import('./rules').FactRecord['timeline'];
  export default value;
}
declare module '@article/record/places.json' {
  const value: import('./rules').FactRecord['places'];
  export default value;
}
/**
 * Named exports: a view imports only the lists it needs, and the notes stay out of its chunk. An
 * article without the list gets empty lists (scripts/vite/article.ts).
 */
declare module '@article/record/icc-states-parties.json' {
  type IccRecord = import('./rules').IccRecord;
  export const parties: IccRecord['parties'];
  export const small_parties_ne50m: IccRecord['small_parties_ne50m'];
  export const sources: IccRecord['sources'];
  const value: IccRecord | null;
  export default value;
}
/** A data file as the first load carries it (scripts/vite/lean-content.ts): typed where it is read. */
declare module '@article/*' {
  const value: unknown;
  export default value;
}
