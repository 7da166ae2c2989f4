import { Link } from '@tanstack/react-router';
import { consoleMode } from '@/api/console-mode';
import { ConnectionBadge } from './connection-badge';
import type { RegionState } from './use-region';

const regionLabels: Record<string, string> = {
  'cn-north-4': 'CN North-Beijing4',
  'cn-east-2': 'CN East-Shanghai2',
  'cn-south-1': 'CN South-Guangzhou',
  'ap-southeast-1': 'AP-Hong Kong',
  'ap-southeast-3': 'AP-Singapore',
  'eu-west-101': 'EU-Dublin',
};

const logoUrl = `${import.meta.env.BASE_URL}favicon.svg`;

/** Human name of a region id, falling back to the id itself. */
export function regionLabel(region: string): string {
  return regionLabels[region] ?? region;
}

/** The top bar: product name, the cloud it is connected to, and the region selector. */
export function Header({ region }: { region: RegionState }) {
  return (
    <header className="flex h-12 items-center justify-between gap-4 border-b border-slate-800 bg-slate-900 px-4 text-white">
      <div className="flex min-w-0 items-center gap-3">
        <Link to="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <img src={logoUrl} alt="" className="size-6" />
          <span>Traffic Mirroring Console</span>
        </Link>
        <ConnectionBadge mode={consoleMode()} />
      </div>
      <div className="flex shrink-0 items-center gap-2 text-sm">
        <label htmlFor="region-select" className="text-slate-300">
          Region
        </label>
        <select
          id="region-select"
          className="h-8 rounded border border-slate-600 bg-slate-800 px-2 text-white"
          disabled={region.status !== 'ready'}
          value={region.status === 'ready' ? region.project.name : ''}
          onChange={(event) => region.status === 'ready' && region.select(event.target.value)}
        >
          {region.status === 'ready' ? (
            region.projects.map((p) => (
              <option key={p.id} value={p.name}>
                {regionLabel(p.name)} ({p.name})
              </option>
            ))
          ) : (
            <option value="">{region.status === 'error' ? 'Regions not loaded' : 'Loading regions…'}</option>
          )}
        </select>
      </div>
    </header>
  );
}
