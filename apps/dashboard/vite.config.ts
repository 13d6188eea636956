import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The leadership dashboard, built into dist/dashboard and served by the API at /dashboard. */
export default defineConfig({
  root,
  base: '/dashboard/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    // ECharts, even tree-shaken to the charts used, is most of the bundle; it loads once and is cached.
    chunkSizeWarningLimit: 1200,
  },
});
