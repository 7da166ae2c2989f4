import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorConfig } from '../model/types';
import { buildEthernet, buildIpv4 } from '../net/packet-builder';
import { buildPcapFile } from '../net/pcap-builder';
import { CaptureEvaluator } from './capture-evaluator';
import { SKIP_REASONS } from './capture-summary';

const ME = '192.168.0.27';
const config: MirrorConfig = {
  sessions: [makeSession({ id: 's', traffic_mirror_sources: ['eni-a'], traffic_mirror_filter_id: 'f' })],
  filters: [makeFilter('f', [makeRule({ id: 'web', protocol: 'TCP', destination_port_range: '80-80' })])],
};

describe('CaptureEvaluator onPacket', () => {
  it('reports every packet in order with its record, decoded fields and result', () => {
    const file = buildPcapFile([
      {
        data: buildEthernet(buildIpv4({ src: '10.0.0.1', dst: ME, protocol: 6, srcPort: 1000, dstPort: 80 })),
      },
      {
        data: buildEthernet(
          buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, srcPort: 1, dstPort: 2 }),
        ),
      },
      { data: buildEthernet(new Uint8Array(28), { etherType: 0x0806 }) },
    ]);
    const seen: { packet: number; dstPort: number; result: number }[] = [];
    const evaluator = new CaptureEvaluator(config, {
      source: 'eni-a',
      addresses: [ME],
      onPacket: (record, packet, result) =>
        seen.push({ packet: record.packet, dstPort: packet.dstPort, result }),
    });
    evaluator.push(file, true);
    const evaluation = evaluator.finish();
    expect(seen.map((s) => s.packet)).toEqual([1, 2, 3]);
    expect(seen.map((s) => s.result)).toEqual(Array.from(evaluation.results));
    expect(evaluation.outcomes[seen[0]!.result]?.rule_id).toBe('web');
    expect(seen[0]!.dstPort).toBe(80);
    expect(seen[1]!.result).toBe(-(SKIP_REASONS.indexOf('SKIPPED_OTHER_HOST') + 1));
    expect(seen[1]!.dstPort).toBe(2);
    expect(seen[2]!.result).toBe(-(SKIP_REASONS.indexOf('SKIPPED_NOT_IP') + 1));
  });
});
