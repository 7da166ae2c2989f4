import { Link } from '@tanstack/react-router';
import type { Project } from '@/domain/model/types';
import { regionLabel } from './header';

/** C7: this region has no Traffic Mirroring; says so and offers the regions that have it. */
export function RegionUnavailable({ project, offeredIn }: { project: Project; offeredIn: Project[] }) {
  return (
    <div className="mx-auto mt-12 max-w-xl rounded border border-amber-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">
        Traffic Mirroring is not offered in {regionLabel(project.name)}
      </h1>
      <p className="mt-2 text-slate-700">
        The cloud offers Traffic Mirroring in some regions only. Sessions, filters and mirror targets cannot
        be created in <span className="font-mono">{project.name}</span>. Switch to a region that offers it:
      </p>
      <ul className="mt-3 space-y-1">
        {offeredIn.map((p) => (
          <li key={p.id}>
            <Link
              to="."
              search={(prev) => ({ ...prev, region: p.name })}
              className="font-medium text-brand-700 underline"
            >
              {regionLabel(p.name)} ({p.name})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
