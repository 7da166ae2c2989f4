import type { ExampleBasis } from '@/domain/analysis';
import { useT } from '@/i18n';

/**
 * Says, next to example packets, that they are generic when no known source of the filter's
 * sessions decides their addresses; nothing when they are packets those sources carry.
 */
export function GenericExamplesNote({ basis }: { basis: ExampleBasis | undefined }) {
  const { t } = useT();
  if (basis === undefined || basis === 'sources') return null;
  return (
    <p className="text-xs text-slate-600">
      {t(basis === 'unused' ? 'filters.examples.unused' : 'filters.examples.unknownSources')}
    </p>
  );
}
