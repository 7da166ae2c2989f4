import type { ConsoleMode } from '@/api/console-mode';
import { connectionWords, useT } from '@/i18n';

/**
 * Beside the product name: which cloud the console is connected to. The demo says it is demo
 * data; the cloud names its endpoint and account, and says when nothing can be changed.
 */
export function ConnectionBadge({ mode }: { mode: ConsoleMode }) {
  const { t } = useT();
  const { name, description } = connectionWords(t, mode);
  if (mode.mode === 'demo') {
    return (
      <p title={description} className="rounded bg-slate-700 px-2 py-0.5 text-xs font-medium text-slate-100">
        {name}
        <span className="sr-only">: {description}</span>
      </p>
    );
  }
  return (
    <p title={description} className="flex min-w-0 items-center gap-2 text-xs text-slate-300">
      <span className="shrink-0 font-medium text-white">{name}</span>
      <span className="truncate font-mono" title={mode.endpoint}>
        {mode.endpoint}
      </span>
      {mode.account && (
        <span className="hidden shrink-0 xl:inline">
          {t('connection.account')} <span className="font-mono">{mode.account}</span>
        </span>
      )}
      {mode.readOnly && (
        <span className="shrink-0 rounded bg-amber-300 px-1.5 py-0.5 font-semibold text-amber-950">
          {t('connection.readOnly')}
        </span>
      )}
    </p>
  );
}
