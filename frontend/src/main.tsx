import { render } from 'preact';
import '@picocss/pico/css/pico.min.css';
import './styles.css';
import { App } from './app';
import { createApiClient } from './api';
import { getLang } from './i18n';

document.documentElement.lang = getLang();
render(<App client={createApiClient()} />, document.getElementById('app')!);
