import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queueChangeNotices } from './api/change-notices';
import { holdRequestsUntil, sendRequestsThrough } from './api/client';
import { consoleMode } from './api/console-mode';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { activateLocale, initialLocale } from './i18n';
import './index.css';

/**
 * The demo's in-browser cloud is its own chunk, loaded after the shell starts rendering.
 * Requests wait for it, then it answers them in the page; each write, from this tab or
 * another, is applied to the cache. In cloud mode
 * (`npm run cloud`) the server answers `/api/` and the chunk is never requested.
 */
if (consoleMode().mode === 'demo') {
  const mockReady = import('./mock-api').then(async (mock) => {
    sendRequestsThrough(await mock.startMockApi());
    mock.subscribeToChanges(queueChangeNotices(queryClient));
  });
  holdRequestsUntil(mockReady);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// The first render waits for the language's core and domain messages (small chunks; English core is here).
const locale = initialLocale();
void activateLocale(locale).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App locale={locale} />
    </StrictMode>,
  ),
);
