import { Link } from '@tanstack/react-router';
import type { Project } from '@/domain/model/types';
import { useT } from '@/i18n';
import { regionLabel, regionOption } from './region-label';

/** C7: this region has no Traffic Mirroring; says so and offers the regions that have it. */
export function RegionUnavailable({ project, offeredIn }: { project: Project; offeredIn: Project[] }) {
  const { t } = useT();
  return (
    <div className="mx-auto mt-12 max-w-xl rounded border border-amber-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">
        {t('unavailable.title', { region: regionLabel(t, project.name) })}
      </h1>
      <p className="mt-2 text-slate-700">{t('unavailable.body', { region: project.name })}</p>
      <ul className="mt-3 space-y-1">
        {offeredIn.map((p) => (
          <li key={p.id}>
            <Link
              to="."
              search={(prev) => ({ ...prev, region: p.name })}
              className="font-medium text-brand-700 underline"
            >
              {regionOption(t, p.name)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
