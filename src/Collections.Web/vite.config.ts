import { defineConfig } from 'vite';

// Built into the server's wwwroot (DESIGN.md D7): one origin, one process. Everything is bundled; nothing is
// fetched from a CDN at run time.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../Collections.Server/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:5080' },
  },
});
