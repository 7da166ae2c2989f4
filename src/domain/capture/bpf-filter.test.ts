import { english } from '@/components/results/test-english';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { openCapture } from '../net/pcap-open';
import { createCaptureRecord } from '../net/pcap-record';
import { bpfFilterOf } from './bpf-filter';
import { evaluateCapture } from './evaluate-capture';
import { generateCapture } from './synthetic-capture';

const ME4 = '192.168.0.27';
const ME6 = '2001:db8::1b';
const dir = mkdtempSync(join(tmpdir(), 'bpf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const capture = generateCapture({ packets: 4000, ipv4: ME4, ipv6: ME6, seed: 3 });
const capturePath = join(dir, 'capture.pcap');
writeFileSync(capturePath, capture);

/** Timestamps of the packets tcpdump keeps (the synthetic capture's are unique per packet). */
function tcpdumpKeeps(filter: string): string[] {
  const out = join(dir, 'kept.pcap');
  const run = spawnSync('tcpdump', ['-n', '-r', capturePath, '-w', out, filter], { encoding: 'utf8' });
  // tcpdump refuses a filter its optimizer proves empty (an accept rule shadowed by a reject).
  if (run.status === 1 && run.stderr.includes('expression rejects all packets')) return [];
  if (run.error || run.status !== 0) {
    throw new Error(
      `tcpdump must be installed and accept the filter (apt-get install tcpdump): ${run.error?.message ?? run.stderr}\n${filter}`,
    );
  }
  return stamps(readFileSync(out));
}

function stamps(file: Uint8Array): string[] {
  const opened = openCapture(file);
  if ('error' in opened) throw new Error(english(opened.error.message));
  const list: string[] = [];
  for (const r = createCaptureRecord(); opened.reader.next(r);) list.push(`${r.seconds}.${r.nanoseconds}`);
  return list;
}

/** Timestamps of the packets the pipeline copies (its copies keep the packets' times). */
function pipelineKeeps(config: MirrorConfig): string[] {
  return stamps(evaluateCapture(capture, config, { source: 'eni-a', addresses: [ME4, ME6] }).copies);
}

const session = (id: string, priority: number, enabled = true) =>
  makeSession({
    id,
    traffic_mirror_sources: ['eni-a'],
    traffic_mirror_filter_id: `f-${id}`,
    priority,
    enabled,
  });

describe('bpfFilterOf', () => {
  it('writes first-match rules with the direction by host address', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1)],
      filters: [
        makeFilter('f-a', [
          makeRule({ id: 'r1', protocol: 'TCP', destination_port_range: '22-22', action: 'reject' }),
          makeRule({ id: 'r2', priority: 2, source_cidr_block: '10.0.0.1/8' }),
        ]),
      ],
    };
    expect(bpfFilterOf(config, 'eni-a', [ME4])).toBe(
      `((dst host ${ME4}) and not (src host ${ME4}) and (((ip and src net 10.0.0.0/8) and not ((ip and (tcp dst portrange 22-22))))))`,
    );
  });

  it('matches nothing without addresses, enabled sessions or accept rules', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1, false)],
      filters: [makeFilter('f-a', [makeRule({ id: 'r' })])],
    };
    expect(bpfFilterOf(config, 'eni-a', [ME4])).toBe('less 1');
    expect(bpfFilterOf({ ...config, sessions: [session('a', 1)] }, 'eni-a', [])).toBe('less 1');
  });

  it('keeps in tcpdump exactly the packets the pipeline copies, for the demo filter', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1), session('b', 2)],
      filters: [
        makeFilter('f-a', [
          makeRule({
            id: 'a1',
            protocol: 'TCP',
            source_cidr_block: '203.0.113.0/24',
            destination_port_range: '22-22',
            action: 'reject',
          }),
          makeRule({ id: 'a2', priority: 2, protocol: 'TCP', destination_port_range: '80-443' }),
          makeRule({ id: 'a3', priority: 3, ethertype: 'IPv6', protocol: 'ICMPV6' }),
          makeRule({
            id: 'a4',
            direction: 'egress',
            protocol: 'UDP',
            source_port_range: '53-53',
            action: 'reject',
          }),
          makeRule({ id: 'a5', direction: 'egress', priority: 2, destination_cidr_block: '10.0.0.0/8' }),
        ]),
        makeFilter('f-b', [
          makeRule({ id: 'b1', protocol: 'UDP' }),
          makeRule({ id: 'b2', direction: 'egress', priority: 2, protocol: 'ICMP' }),
        ]),
      ],
    };
    const kept = pipelineKeeps(config);
    expect(kept.length).toBeGreaterThan(500);
    expect(tcpdumpKeeps(bpfFilterOf(config, 'eni-a', [ME4, ME6]))).toEqual(kept);
  });

  it('keeps in tcpdump exactly the packets the pipeline copies, for random filters', () => {
    const rule = (id: string): fc.Arbitrary<TrafficMirrorFilterRule> =>
      fc
        .record({
          direction: fc.constantFrom('ingress' as const, 'egress' as const),
          six: fc.boolean(),
          protocol: fc.constantFrom('TCP', 'UDP', 'ICMP', 'ALL'),
          action: fc.constantFrom('accept' as const, 'reject' as const),
          peer: fc.constantFrom('', '10.0.0.0/8', '172.16.0.0/12'),
          service: fc.constantFrom('', '22-22', '53-443', '3306-9000'),
          serviceSide: fc.boolean(),
        })
        .map((r) => {
          const ported = r.protocol === 'TCP' || r.protocol === 'UDP';
          const peer = r.six ? (r.peer ? '2001:db8:1::/48' : '') : r.peer;
          const ingress = r.direction === 'ingress';
          return makeRule({
            id,
            direction: r.direction,
            ethertype: r.six ? 'IPv6' : 'IPv4',
            protocol: r.protocol === 'ICMP' && r.six ? 'ICMPV6' : r.protocol,
            action: r.action,
            [ingress ? 'source_cidr_block' : 'destination_cidr_block']: peer,
            [r.serviceSide ? 'destination_port_range' : 'source_port_range']: ported ? r.service : '',
          });
        });
    const config = fc
      .tuple(fc.array(rule('x'), { minLength: 1, maxLength: 5 }), fc.array(rule('y'), { maxLength: 4 }))
      .map(([a, b]): MirrorConfig => ({
        sessions: [session('a', 1), session('b', 2)],
        filters: [
          makeFilter(
            'f-a',
            a.map((r, i) => ({ ...r, id: `a${i}`, priority: i + 1 })),
          ),
          makeFilter(
            'f-b',
            b.map((r, i) => ({ ...r, id: `b${i}`, priority: i + 1 })),
          ),
        ],
      }));
    fc.assert(
      fc.property(config, (c) => {
        expect(tcpdumpKeeps(bpfFilterOf(c, 'eni-a', [ME4, ME6]))).toEqual(pipelineKeeps(c));
      }),
      { numRuns: 8 },
    );
  });
});
