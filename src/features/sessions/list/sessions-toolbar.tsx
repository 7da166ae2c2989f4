import { Button } from '@/components/ui/button';
import type { BulkSessionChange } from '@/api/sessions';
import { useT } from '@/i18n';
import { BulkProgressBar } from './bulk/bulk-progress';
import type { SessionListFilters, StatusFilter, TargetTypeFilter } from '../session-rows';
import type { BulkRunning } from './bulk/use-bulk-session-run';

export interface SessionsToolbarProps {
  filters: SessionListFilters;
  onFiltersChange: (filters: SessionListFilters) => void;
  shown: number;
  total: number;
  /** More sessions are still loading (a long list arrives page by page). */
  loading: boolean;
  selected: number;
  /** The bulk change under way, if any, and how far it has got. */
  running: BulkRunning | null;
  onBulk: (change: BulkSessionChange) => void;
  onCancelBulk: () => void;
}

const selectClass = 'h-8 rounded border border-slate-300 bg-white px-2 text-sm';

/** Search, the status and target-type filters, the row count and the bulk actions. */
export function SessionsToolbar({
  filters,
  onFiltersChange,
  shown,
  total,
  loading,
  selected,
  running,
  onBulk,
  onCancelBulk,
}: SessionsToolbarProps) {
  const { t } = useT();
  const set = (patch: Partial<SessionListFilters>) => onFiltersChange({ ...filters, ...patch });
  const count = loading
    ? t('sessions.toolbar.loading', { total })
    : shown === total
      ? t('sessions.toolbar.count', { total })
      : t('sessions.toolbar.countShown', { shown, total });
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-2">
      <div className="flex items-center gap-2">
        <label htmlFor="session-search" className="sr-only">
          {t('sessions.toolbar.searchLabel')}
        </label>
        <input
          id="session-search"
          type="search"
          value={filters.query}
          onChange={(event) => set({ query: event.target.value })}
          placeholder={t('sessions.toolbar.searchPlaceholder')}
          className="h-8 w-56 rounded border border-slate-300 bg-white px-2 text-sm"
        />
        <label htmlFor="session-status" className="text-sm text-slate-700">
          {t('sessions.toolbar.status')}
        </label>
        <select
          id="session-status"
          value={filters.status}
          onChange={(event) => set({ status: event.target.value as StatusFilter })}
          className={selectClass}
        >
          <option value="all">{t('sessions.toolbar.any')}</option>
          <option value="enabled">{t('sessions.status.enabled')}</option>
          <option value="disabled">{t('sessions.status.disabled')}</option>
        </select>
        <label htmlFor="session-target-type" className="text-sm text-slate-700">
          {t('sessions.toolbar.targetType')}
        </label>
        <select
          id="session-target-type"
          value={filters.targetType}
          onChange={(event) => set({ targetType: event.target.value as TargetTypeFilter })}
          className={selectClass}
        >
          <option value="all">{t('sessions.toolbar.any')}</option>
          <option value="eni">{t('sessions.targetType.eni')}</option>
          <option value="elb">{t('sessions.targetType.elb')}</option>
        </select>
      </div>
      <div
        className="ml-auto flex items-center gap-2"
        role="group"
        aria-label={t('sessions.toolbar.actions')}
      >
        <p role="status" className="mr-1 text-sm text-slate-600 tabular-nums">
          {selected > 0 ? t('sessions.toolbar.withSelected', { count, selected }) : count}
        </p>
        <Button
          disabled={selected === 0 || running !== null}
          pending={running?.change === 'enable'}
          onClick={() => onBulk('enable')}
        >
          {t('sessions.toolbar.enableSelected')}
        </Button>
        <Button
          disabled={selected === 0 || running !== null}
          pending={running?.change === 'disable'}
          onClick={() => onBulk('disable')}
        >
          {t('sessions.toolbar.disableSelected')}
        </Button>
        <Button
          variant="danger"
          disabled={selected === 0 || running !== null}
          pending={running?.change === 'delete'}
          onClick={() => onBulk('delete')}
        >
          {t('sessions.toolbar.deleteSelected')}
        </Button>
      </div>
      {running && <BulkProgressBar running={running} onCancel={onCancelBulk} />}
    </div>
  );
}
