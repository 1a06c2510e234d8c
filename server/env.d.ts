// The bundler (vite, also under vitest) embeds the SQL migrations into the server, so a
// deployed server is one file. Only this form of import.meta.glob is used.
interface ImportMeta {
  glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
}
