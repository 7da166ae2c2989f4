import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
/**
 * The demo cloud's administration (`/mock-admin/`, not part of the cloud API): fault
 * injection, demo reset, large data set, export and import, adjustable quotas.
 */
import type { FaultSettingsPatch } from '@/domain/model/fault-settings';
import type { MockSettings } from '@/domain/model/mock-settings';
import type { QuotaKey, QuotaValues } from '@/domain/model/quotas';
import { apiRequest } from './client';
import { quotaKeys } from './quotas';

export const adminKeys = {
  all: ['mock-admin'] as const,
  settings: () => [...adminKeys.all, 'settings'] as const,
  largeDataProgress: () => [...adminKeys.all, 'large-data-progress'] as const,
};

export function useMockSettings() {
  return useQuery({
    queryKey: adminKeys.settings(),
    queryFn: ({ signal }) =>
      apiRequest<{ settings: MockSettings }>('/mock-admin/settings', { signal }).then((r) => r.settings),
  });
}

export function useUpdateMockSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: FaultSettingsPatch) =>
      apiRequest<{ settings: MockSettings }>('/mock-admin/settings', {
        method: 'PUT',
        body: { settings },
      }).then((r) => r.settings),
    onSuccess: (settings) => queryClient.setQueryData(adminKeys.settings(), settings),
  });
}

/**
 * Every cached answer is stale after a reset, a load or an import: refetch everything, in the
 * background (the action is done when the server says so, not when every list is reloaded).
 */
function useRefetchEverything() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries();
  };
}

export function useResetDemoData() {
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: () => apiRequest<{ counts: Record<string, number> }>('/mock-admin/reset', { method: 'POST' }),
    onSettled: refetch,
  });
}

export interface LargeDataSetResult {
  project_id: string;
  loaded: Record<string, number>;
  elapsed_ms: number;
}

export function useLoadLargeDataSet() {
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: (projectId: string) =>
      apiRequest<LargeDataSetResult>('/mock-admin/large-data-set', {
        method: 'POST',
        body: { project_id: projectId },
      }),
    onSettled: refetch,
  });
}

/** The whole store as JSON text, for a download. */
export function exportStore(): Promise<unknown> {
  return apiRequest<unknown>('/mock-admin/export');
}

export function useImportStore() {
  const refetch = useRefetchEverything();
  return useMutation({
    mutationFn: (body: unknown) =>
      apiRequest<{ counts: Record<string, number> }>('/mock-admin/import', { method: 'POST', body }),
    onSuccess: refetch,
  });
}

export function useRaiseQuota(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quotas: Partial<Record<QuotaKey, number>>) =>
      apiRequest<{ quotas: QuotaValues }>(`/mock-admin/projects/${projectId}/quotas`, {
        method: 'PUT',
        body: { quotas },
      }).then((r) => r.quotas),
    onSettled: () => queryClient.invalidateQueries({ queryKey: quotaKeys.all(projectId) }),
  });
}

export interface LargeDataProgress {
  state: 'idle' | 'loading' | 'done';
  written: number;
  total: number;
}

/** How far the large data set's load has gone; polled while `active`. */
export function useLargeDataProgress(active: boolean) {
  return useQuery({
    queryKey: adminKeys.largeDataProgress(),
    queryFn: ({ signal }) =>
      apiRequest<{ progress: LargeDataProgress }>('/mock-admin/large-data-set', { signal }).then(
        (r) => r.progress,
      ),
    enabled: active,
    refetchInterval: active ? 250 : false,
    gcTime: 0,
  });
}
