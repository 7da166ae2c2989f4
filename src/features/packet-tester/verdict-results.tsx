import type { Verdict } from '@/domain/matcher/types';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';
import type { ConfigNames } from './config-names';
import type { TestPacket } from './packet-fields';
import type { FullConfig } from './use-tester-config';
import { compareVerdicts } from './verdict-comparison';
import { VerdictView } from './verdict-view';

/** One side of the comparison: a verdict and the configuration it was made with. */
export interface Evaluated {
  verdict: Verdict;
  names: ConfigNames;
  config: FullConfig;
}

/** Props of {@link VerdictResults}. */
export interface VerdictResultsProps {
  test: TestPacket;
  saved: Evaluated;
  /** The verdict with the what-if copy, when the copy differs from the saved filter. */
  edited: Evaluated | null;
  filterName: string | undefined;
}

/** The verdict with the saved configuration, and next to it the verdict with the what-if copy. */
export function VerdictResults({ test, saved, edited, filterName }: VerdictResultsProps) {
  const { t } = useT();
  const view = (side: Evaluated) => (
    <VerdictView
      verdict={side.verdict}
      packet={test.packet}
      inferred={test.inferred}
      names={side.names}
      sessions={side.config.sessions}
    />
  );
  if (!edited) return <Panel title={t('tester.results.verdict')}>{view(saved)}</Panel>;
  const comparison = compareVerdicts(saved.verdict, edited.verdict, saved.names, edited.names, t);
  return (
    <div className="space-y-3">
      <Alert
        tone={comparison.changed ? 'warning' : 'info'}
        title={comparison.changed ? t('tester.results.differs') : t('tester.results.same')}
      >
        {comparison.sentence}
      </Alert>
      <div className="grid grid-cols-2 items-start gap-4">
        <Panel title={t('tester.results.saved')}>{view(saved)}</Panel>
        <Panel
          title={
            filterName === undefined
              ? t('tester.results.editedUnnamed')
              : t('tester.results.edited', { name: filterName })
          }
        >
          {view(edited)}
        </Panel>
      </div>
    </div>
  );
}
