// Module types for the code-table imports the `codeTables()` Vite plugin serves (lib/build/code-tables.ts).
declare module '*.tsv?tsv' {
  const text: string;
  export default text;
}
declare module '*.tsv?codes' {
  const text: string;
  export default text;
}
