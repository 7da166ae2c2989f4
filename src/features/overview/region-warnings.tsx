import { Link } from '@tanstack/react-router';
import { WARNING_CODES, warningLabel } from '@/domain/model/warning-titles';
import type { MirrorWarning } from '@/domain/model/warnings';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';

const SHOWN = 50;

/**
 * W1-W4 across the region (`warnings[i]` are those of `sessions[i]`), each linking to the session
 * page where it is fixed. The panel is translated; the warnings' names and messages are the
 * domain's descriptors, rendered in the language.
 */
export function RegionWarnings({
  sessions,
  warnings,
}: {
  sessions: readonly TrafficMirrorSession[];
  warnings: readonly (readonly MirrorWarning[])[];
}) {
  const { t } = useT();
  const text = useResultText();
  const found = sessions.flatMap((session, i) =>
    (warnings[i] ?? []).map((warning) => ({ session, warning })),
  );
  const counts = new Map<string, number>();
  for (const { warning } of found) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);

  return (
    <Panel title={t('overview.warningsTitle', { count: found.length })}>
      {found.length === 0 ? (
        <p className="text-sm text-slate-600">{t('overview.noWarnings')}</p>
      ) : (
        <>
          <p className="mb-2 flex flex-wrap gap-2 text-xs">
            {WARNING_CODES.map((code) => (
              <Badge key={code} tone={counts.get(code) ? 'warning' : 'neutral'}>
                {t('overview.warningCount', {
                  label: text(warningLabel(code)),
                  count: counts.get(code) ?? 0,
                })}
              </Badge>
            ))}
          </p>
          <ul className="divide-y divide-slate-100 text-sm">
            {found.slice(0, SHOWN).map(({ session, warning }, index) => (
              <li key={`${session.id}-${warning.code}-${index}`} className="py-2">
                <div className="flex items-baseline gap-2">
                  <Badge tone="warning">{text(warningLabel(warning.code))}</Badge>
                  <Link
                    to="/sessions/$sessionId"
                    params={{ sessionId: session.id }}
                    className="font-medium text-brand-700 underline"
                  >
                    {session.name}
                  </Link>
                </div>
                <p className="mt-0.5 text-slate-700">{text(warning.message)}</p>
              </li>
            ))}
          </ul>
          {found.length > SHOWN && (
            <p className="mt-2 text-xs text-slate-500">
              {t('overview.warningsShown', { shown: SHOWN, total: found.length })}
            </p>
          )}
        </>
      )}
    </Panel>
  );
}
