import { render } from 'preact';
import '@picocss/pico/css/pico.min.css';
import './app/styles.css';
import './ui/touch.css';
import { App } from './app/App';
import { createApiClient } from './lib/api';
import { getLang } from './app/i18n';

document.documentElement.lang = getLang();
render(<App client={createApiClient()} />, document.getElementById('app')!);

// The service worker (src/sw.ts) lets the installed app start offline. Built apps only: the
// dev server has no dist/sw.js. A new version activates by itself, without reloading the page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => console.warn('service worker not registered', err));
  });
}
