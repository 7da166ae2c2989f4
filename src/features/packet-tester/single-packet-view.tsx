import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { evaluatePacket } from '@/domain/matcher/evaluate-packet';
import { sessionsOfSource } from '@/domain/matcher/session-order';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';
import { configNames } from './config-names';
import { checkPacket, type TestPacket } from './packet-fields';
import { PacketForm } from './packet-form';
import {
  hasPacketParams,
  PACKET_PARAMS,
  withoutPacketParams,
  type PacketTesterSearch,
} from './packet-search';
import { formValuesFromSearch, searchOfPacket } from './packet-url';
import { useExamplePrefill } from './use-example-prefill';
import type { FullConfig } from './use-tester-config';
import { VerdictResults } from './verdict-results';
import { WhatIfPanel } from './what-if/what-if-panel';
import { isChanged, withCopy, type WhatIfCopy } from './what-if/what-if-copy';

/** Props of {@link SinglePacketView}. */
export interface SinglePacketViewProps {
  config: FullConfig;
  search: PacketTesterSearch;
}

/**
 * One packet: the form (filled from the address), the verdict of the packet in the address
 * with its trace, copy and delivery, and the what-if copy of a filter compared side by side.
 */
export function SinglePacketView({ config, search }: SinglePacketViewProps) {
  const { t } = useT();
  const navigate = useNavigate();
  const [copy, setCopy] = useState<WhatIfCopy | null>(null);
  const noExample = useExamplePrefill(config, search);
  const hasPacket = hasPacketParams(search);
  const initial = useMemo(() => formValuesFromSearch(search, config.inventory), [search, config.inventory]);
  const check = useMemo(
    () => (hasPacket ? checkPacket(initial, config.inventory) : null),
    [hasPacket, initial, config],
  );
  const test = check?.ok ? check.value : null;
  const names = useMemo(() => configNames(config), [config]);
  const verdict = useMemo(() => test && evaluatePacket(config, test.packet), [config, test]);
  const edited = useMemo(() => (copy && isChanged(copy) ? withCopy(config, copy) : null), [config, copy]);
  const editedVerdict = useMemo(() => test && edited && evaluatePacket(edited, test.packet), [edited, test]);
  const formKey = JSON.stringify([search.source, ...PACKET_PARAMS.map((key) => search[key])]);

  // After "Test packet" the verdict's heading takes focus, which brings it into view: under
  // the form and the what-if panel it would otherwise start below the fold.
  const results = useRef<HTMLDivElement>(null);
  const tested = useRef(false);
  const focusVerdict = () => {
    const heading = results.current?.querySelector('h2');
    if (!heading) return;
    tested.current = false;
    heading.tabIndex = -1;
    heading.focus();
  };
  useEffect(() => {
    if (tested.current) focusVerdict();
  }, [verdict]);

  const onTest = (next: TestPacket) => {
    // The same packet again leaves the address, and so the verdict, as they are.
    if (test && JSON.stringify(test.packet) === JSON.stringify(next.packet)) return focusVerdict();
    tested.current = true;
    void navigate({
      to: '/packet-tester',
      search: (prev) => ({ ...withoutPacketParams(prev), ...searchOfPacket(next.packet, next.inferred) }),
    });
  };
  const onClear = () => void navigate({ to: '/packet-tester', search: (prev) => withoutPacketParams(prev) });

  const decidingFilter = config.sessions.find((s) => s.id === verdict?.session_id)?.traffic_mirror_filter_id;
  const firstSession = test ? sessionsOfSource(config.sessions, test.packet.source)[0] : undefined;
  const linked = config.sessions.find((s) => s.id === search.session);

  return (
    <div className="space-y-4">
      <Panel title={t('tester.single.packet')}>
        {noExample && (
          <div className="mb-3">
            <Alert tone="info" title={t('tester.single.noExample')}>
              {noExample}
            </Alert>
          </div>
        )}
        <PacketForm
          key={formKey}
          inventory={config.inventory}
          initial={initial}
          validateAtOnce={hasPacket}
          onTest={onTest}
          onClear={onClear}
        />
      </Panel>
      {check && !check.ok && (
        <Alert tone="warning" title={t('tester.single.badLinkTitle')}>
          {t('tester.single.badLinkBody')}
        </Alert>
      )}
      {!hasPacket && !noExample && <p className="text-sm text-slate-600">{t('tester.single.intro')}</p>}
      <WhatIfPanel
        filters={config.filters}
        suggested={
          decidingFilter ?? firstSession?.traffic_mirror_filter_id ?? linked?.traffic_mirror_filter_id
        }
        copy={copy}
        onChange={setCopy}
      />
      <div ref={results} className="scroll-mt-4">
        {test && verdict && (
          <VerdictResults
            test={test}
            saved={{ verdict, names, config }}
            edited={
              edited && editedVerdict
                ? { verdict: editedVerdict, names: configNames(edited), config: edited }
                : null
            }
            filterName={copy?.saved.name}
          />
        )}
      </div>
    </div>
  );
}
