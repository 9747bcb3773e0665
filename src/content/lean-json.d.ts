/** A JSON file as the first load carries it (see scripts/vite/lean-content.ts). */
declare module '*.json?lean' {
  const value: unknown;
  export default value;
}
