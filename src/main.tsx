import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { holdRequestsUntil } from './api/client';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import './index.css';

/**
 * The in-browser cloud is its own chunk, loaded after the shell starts rendering. Requests
 * wait for it; changes made in other tabs refresh this one.
 */
const mockReady = import('./mock-api').then(async (mock) => {
  await mock.startMockApi();
  mock.subscribeToChanges(() => void queryClient.invalidateQueries());
});
holdRequestsUntil(mockReady);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
