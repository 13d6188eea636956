import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The workbench, built into dist/workbench and served by the API at /workbench. */
export default defineConfig({
  root,
  base: '/workbench/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/workbench', import.meta.url)),
    emptyOutDir: true,
    // exceljs (≈930 kB) is its own chunk, loaded only when a batch-intake sheet is chosen.
    chunkSizeWarningLimit: 1000,
  },
});
