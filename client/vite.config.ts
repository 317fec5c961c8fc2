import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev -w client` sends /api during development (the server started by `npm start`). */
const apiTarget = process.env.ATLAS_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/readyz': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Nothing inlined as data: URLs, so that the strict CSP (font-src/default-src 'self') never has to allow them.
    assetsInlineLimit: 0,
    // The graph view's chunk is cytoscape and fcose (about 180 KB gzipped), loaded lazily; the warning is known.
    chunkSizeWarningLimit: 700,
  },
});
