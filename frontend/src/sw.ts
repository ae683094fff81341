/// <reference lib="webworker" />
// The service worker (built to dist/sw.js by vite-plugin-pwa, registered by main.tsx): the
// installed app starts without a network. It precaches the built shell (index.html, the hashed
// assets, icons, manifest); a navigation to an app route tries the network first, so a new
// deploy is picked up at once, and falls back to the precached index.html when the network
// fails or stalls. Nothing else goes through it: /graphql (and its websocket), /documents/…,
// /calendar/…, health checks and metrics always reach the server, and nothing is cached at
// run time.
import { clientsClaim } from 'workbox-core';
import { PrecacheFallbackPlugin, cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** Server endpoints: never answered by this worker, even when opened as a page. */
const SERVER_PATHS = /^\/(graphql|graphiql|documents|calendar|healthz|readyz|metrics)(\/|$)/;
/** How long a navigation waits for the network before the cached shell is shown. */
const NAVIGATION_TIMEOUT_S = 5;

// A new version takes over at once: assets are hashed and index.html comes from the network,
// so a page of the previous version keeps working until its next navigation.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

// Cache-first for the precached files themselves only; "/" is an app route like the others.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '' });

registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin &&
    request.mode === 'navigate' &&
    !SERVER_PATHS.test(url.pathname) &&
    !/\.[^/]*$/.test(url.pathname), // a file, not an app route
  new NetworkOnly({
    networkTimeoutSeconds: NAVIGATION_TIMEOUT_S,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: 'index.html' })],
  }),
  'GET',
);
