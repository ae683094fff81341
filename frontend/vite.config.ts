/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { gqlDocuments } from './vite/gqlDocuments';

// `npm exec vite` proxies the API to a locally running `postprod serve`.
const backend = 'http://127.0.0.1:18080';

export default defineConfig({
  plugins: [
    preact(),
    // Each page chunk carries only its own GraphQL documents (vite/gqlDocuments.ts).
    gqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))),
    // The service worker: src/sw.ts, built to dist/sw.js with the list of files to precache.
    // main.tsx registers it in production builds only.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest is the manifest
      injectManifest: {
        globPatterns: ['index.html', 'assets/**/*.{js,css,woff2,woff,svg,png,webp}', '*.{svg,png,ico,webmanifest}'],
        // Hashed file names need no revision of their own.
        dontCacheBustURLsMatching: /^assets\//,
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: true },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
