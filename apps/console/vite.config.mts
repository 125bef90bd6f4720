/// <reference types="vite/client" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

// The console: built into dist/console, which the gateway serves at `/` (CONSOLE_DIR). In
// development `nx serve console` proxies the API to a running platform (npm start).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@nrm/api-client': path.join(root, 'libs/api-client/src/index.ts') } },
  build: {
    outDir: path.join(root, 'dist/console'),
    emptyOutDir: true,
    reportCompressedSize: false,
    // The initial bundle must stay under 250 KB gzipped (checked by tools/console/bundle-size.mjs).
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 4200,
    proxy: Object.fromEntries(
      ['/api', '/dev', '/console-config.json'].map((p) => [p, 'http://127.0.0.1:3000']),
    ),
  },
});
