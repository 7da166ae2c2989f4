import type { ExampleBasis } from '@/domain/analysis';

const WHY: Record<Exclude<ExampleBasis, 'sources'>, string> = {
  unused:
    'No session uses this filter, so its example packets have placeholder addresses: the sources of a session that uses it will decide the addresses.',
  'unknown-sources':
    'The inventory knows none of the sources of the sessions using this filter, so its example packets have placeholder addresses.',
};

/**
 * Says, next to example packets, that they are generic when no known source of the filter's
 * sessions decides their addresses; nothing when they are packets those sources carry.
 */
export function GenericExamplesNote({ basis }: { basis: ExampleBasis | undefined }) {
  if (basis === undefined || basis === 'sources') return null;
  return <p className="text-xs text-slate-600">{WHY[basis]}</p>;
}
