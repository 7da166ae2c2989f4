import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { holdRequestsUntil } from './api/client';
import { consoleMode } from './api/console-mode';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import './index.css';

/**
 * The demo's in-browser cloud is its own chunk, loaded after the shell starts rendering.
 * Requests wait for it; changes made in other tabs refresh this one. In cloud mode
 * (`npm run cloud`) the server answers `/api/` and the chunk is never requested.
 */
if (consoleMode().mode === 'demo') {
  const mockReady = import('./mock-api').then(async (mock) => {
    await mock.startMockApi();
    mock.subscribeToChanges(() => void queryClient.invalidateQueries());
  });
  holdRequestsUntil(mockReady);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
