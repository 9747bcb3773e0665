/** A JSON file as the first load carries it (see scripts/vite/lean-events.ts). */
declare module '*.json?lean' {
  const value: unknown;
  export default value;
}
