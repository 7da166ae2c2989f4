import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { examplePacketForRuleIn, examplePacketForSession, type ExampleResult } from '@/domain/analysis';
import { findInterface } from './interface-lookup';
import { hasPacketParams, type PacketTesterSearch } from './packet-search';
import { searchOfPacket } from './packet-url';
import type { FullConfig } from './use-tester-config';
import { useResultText } from '@/components/results/use-result-text';

function sourceId(
  config: FullConfig,
  search: PacketTesterSearch,
  fallback: string | undefined,
): string | undefined {
  if (search.source === undefined) return fallback;
  const found = findInterface(config.inventory, search.source);
  return 'port' in found ? found.port.id : search.source;
}

/** An example packet for a link that names a session or a rule but no packet. */
function exampleFor(config: FullConfig, search: PacketTesterSearch): ExampleResult | null {
  if (search.session !== undefined) {
    const session = config.sessions.find((s) => s.id === search.session);
    const source = sourceId(config, search, session?.traffic_mirror_sources[0]);
    return examplePacketForSession(config, search.session, source ?? '');
  }
  if (search.rule !== undefined) {
    return examplePacketForRuleIn(config, search.rule, sourceId(config, search, undefined));
  }
  return null;
}

/**
 * "Test a packet" from a session (`?source=&session=`) or a rule (`?rule=`): when the
 * address names one but holds no packet, fills in an example packet that the session copies
 * or that the rule decides, on a source of its sessions that carries it (as the filter page
 * picks it), by replacing the address. Returns why there is none, if so.
 */
export function useExamplePrefill(config: FullConfig, search: PacketTesterSearch): string | null {
  const navigate = useNavigate();
  const text = useResultText();
  const wanted = !hasPacketParams(search) && (search.session !== undefined || search.rule !== undefined);
  const example = useMemo(() => (wanted ? exampleFor(config, search) : null), [wanted, config, search]);
  useEffect(() => {
    if (!example?.found) return;
    const { source, ...packet } = searchOfPacket(example.packet, false);
    void navigate({
      to: '/packet-tester',
      search: (prev) => ({ ...prev, ...packet, source: source || prev.source }),
      replace: true,
    });
  }, [example, navigate]);
  return example && !example.found ? text(example.message) : null;
}
