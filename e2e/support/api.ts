import { test, type Page } from '@playwright/test';

/** An answer of the API: its status and its JSON body (`null` when it has none, as 204). */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown> | null;
}

/** The API base the console is served with (`http://host:port/console/api`). */
function apiBase(): string {
  return new URL('api', test.info().project.use.baseURL).href;
}

/**
 * Calls the API from the page, as another client in the same browser would (`path` is an API
 * path such as `/v3/{project_id}/vpc/traffic-mirror-sessions` or `/mock-admin/settings`). An
 * object `body` is sent as JSON; `raw` is sent as it is, to send what is not JSON. The page's
 * own caches learn of a change only from the mock's change notice, as they would of another tab's.
 */
export async function apiFromPage(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  raw?: string,
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ url, method, body, raw }) => {
      const sent = raw ?? (body === undefined ? undefined : JSON.stringify(body));
      const response = await fetch(url, {
        method,
        headers: sent === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: sent,
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    },
    { url: `${apiBase()}${path}`, method, body, raw },
  );
}
