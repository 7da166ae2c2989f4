import { useCallback, useMemo, useState } from 'react';
import type { Port } from '@/domain/model/types';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';
import { configNames } from '../config-names';
import { interfaceAddresses } from '../interface-lookup';
import { say } from '../tester-message';
import type { FullConfig } from '../use-tester-config';
import { CaptureForm } from './capture-form';
import { CaptureProgress } from './capture-progress';
import type { CaptureInput } from './capture-protocol';
import { CaptureResults } from './capture-results';
import { useCaptureRun } from './use-capture-run';

/**
 * A whole capture against the saved configuration: choose the interface and the packets,
 * follow the worker's progress (or cancel), then read the counts and the table, and download
 * the copies. Inbound packets in a capture reached the interface, so security groups and
 * network ACLs of the source are not checked again here.
 */
export function CapturePanel({ config }: { config: FullConfig }) {
  const { t } = useT();
  const { state, run, cancel, rows, copies } = useCaptureRun();
  const [ran, setRan] = useState<{ id: string; name: string } | null>(null);
  const names = useMemo(() => configNames(config), [config]);
  const ports = useMemo(() => {
    const sources = new Set(config.sessions.flatMap((s) => s.traffic_mirror_sources));
    const attached = config.inventory.ports.filter((p) => p.device_id !== '' || sources.has(p.id));
    return [...attached].sort((a, b) => Number(sources.has(b.id)) - Number(sources.has(a.id)));
  }, [config]);

  const onRun = useCallback(
    (port: Port, input: CaptureInput) => {
      setRan({ id: port.id, name: port.name });
      run({ input, config, source: port.id, sourceName: port.name, addresses: interfaceAddresses(port) });
    },
    [config, run],
  );

  return (
    <div className="space-y-4">
      <Panel title={t('tester.capture.panel')}>
        <CaptureForm ports={ports} running={state.status === 'running'} onRun={onRun} />
      </Panel>
      {state.status === 'running' && (
        <CaptureProgress
          done={state.done}
          total={state.total}
          packets={state.packets}
          finished={false}
          cancelling={state.cancelling}
          onCancel={cancel}
        />
      )}
      {state.status === 'failed' && (
        <Alert tone="error" title={t('tester.capture.notTested')}>
          {say(t, state.message)}
        </Alert>
      )}
      {state.status === 'csv-problems' && (
        <Alert tone="error" title={t('tester.capture.badLines', { count: state.count })}>
          <ul className="list-disc pl-4">
            {state.problems.map((p) => (
              <li key={`${p.line}-${say(t, p.message)}`}>
                {p.line > 0
                  ? t('tester.capture.lineProblem', { line: p.line, problem: say(t, p.message) })
                  : say(t, p.message)}
              </li>
            ))}
          </ul>
          {state.count > state.problems.length && (
            <p>{t('tester.capture.moreLines', { count: state.count - state.problems.length })}</p>
          )}
          <p className="mt-1">{t('tester.capture.fixLines')}</p>
        </Alert>
      )}
      {state.status === 'done' && ran && (
        <Panel title={t('tester.capture.results')}>
          <div className="space-y-4">
            <CaptureProgress
              done={state.result.bytes}
              total={state.result.bytes}
              packets={state.result.total}
              finished
            />
            <CaptureResults
              key={state.run}
              result={state.result}
              names={names}
              source={ran}
              rows={rows}
              copies={copies}
            />
          </div>
        </Panel>
      )}
    </div>
  );
}
