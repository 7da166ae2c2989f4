import { english } from '@/components/results/test-english';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { describeCopy } from '../matcher/inventory-steps';
import type { Inventory, MirrorConfig, Port } from '../model/types';
import { buildCooked, buildEthernet, buildIpv4, buildIpv6 } from '../net/packet-builder';
import { buildPcapFile, buildPcapngFile } from '../net/pcap-builder';
import { openCapture } from '../net/pcap-open';
import { createCaptureRecord } from '../net/pcap-record';
import { evaluateCapture } from './evaluate-capture';

const dir = mkdtempSync(join(tmpdir(), 'capture-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const port = (id: string, ip: string, mac: string, mtu: number): Port => ({
  id,
  name: id,
  device_id: '',
  device_owner: '',
  network_id: 'net-1',
  fixed_ips: [{ subnet_id: 'subnet-1', ip_address: ip }],
  security_groups: [],
  mac_address: mac,
  status: 'ACTIVE',
  mtu,
});

function inventory(sourceMtu: number): Inventory {
  return {
    vpcs: [],
    subnets: [],
    peerings: [],
    enterprise_router_attachments: [],
    servers: [],
    ports: [
      port('eni-a', '192.168.0.27', 'fa:16:3e:00:00:0a', sourceMtu),
      port('eni-t', '192.168.0.100', 'fa:16:3e:00:00:0b', 1500),
    ],
    load_balancers: [
      {
        id: 'elb-1',
        name: 'lb',
        description: '',
        vip_address: '192.168.0.200',
        vip_subnet_cidr_id: 'subnet-1',
        vip_port_id: 'none',
        vpc_id: 'vpc-1',
        provisioning_status: 'ACTIVE',
        guaranteed: true,
      },
    ],
    security_groups: [],
    security_group_rules: [],
    network_acls: [],
  };
}

/** Session s-web (VNI 7, 96 bytes) copies inbound TCP 80; session s-all (VNI 8, to a load balancer) the rest inbound. */
function config(sourceMtu: number): MirrorConfig {
  return {
    sessions: [
      makeSession({
        id: 's-web',
        traffic_mirror_sources: ['eni-a'],
        traffic_mirror_filter_id: 'f-web',
        traffic_mirror_target_id: 'eni-t',
        priority: 1,
        virtual_network_id: 7,
      }),
      makeSession({
        id: 's-all',
        traffic_mirror_sources: ['eni-a'],
        traffic_mirror_filter_id: 'f-all',
        traffic_mirror_target_id: 'elb-1',
        traffic_mirror_target_type: 'elb',
        priority: 2,
        virtual_network_id: 8,
        packet_length: 1460,
      }),
    ],
    filters: [
      makeFilter('f-web', [makeRule({ id: 'r-web', protocol: 'TCP', destination_port_range: '80-80' })]),
      makeFilter('f-all', [
        makeRule({ id: 'r-ssh', protocol: 'TCP', destination_port_range: '22-22', action: 'reject' }),
        makeRule({ id: 'r-any', priority: 2 }),
        makeRule({ id: 'r-any6', ethertype: 'IPv6', priority: 3 }),
      ]),
    ],
    inventory: inventory(sourceMtu),
  };
}

const ME = '192.168.0.27';
const web = buildEthernet(
  buildIpv4({ src: '10.9.9.9', dst: ME, protocol: 6, srcPort: 50000, dstPort: 80, payload: 500 }),
);
const ssh = buildEthernet(buildIpv4({ src: '10.9.9.9', dst: ME, protocol: 6, srcPort: 50001, dstPort: 22 }));
const big = buildEthernet(
  buildIpv4({ src: '10.9.9.8', dst: ME, protocol: 17, srcPort: 5000, dstPort: 6000, payload: 1400 }),
);
/** The big packet as the packet tester takes it. */
const bigPacket = {
  source: 'eni-a',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'UDP',
  source_ip: '10.9.9.8',
  destination_ip: '192.168.0.27',
} as const;
const out = buildEthernet(buildIpv4({ src: ME, dst: '10.9.9.9', protocol: 6, srcPort: 80, dstPort: 50000 }));
const other = buildEthernet(
  buildIpv4({ src: '10.1.1.1', dst: '10.1.1.2', protocol: 17, srcPort: 1, dstPort: 2 }),
);
const six = buildEthernet(
  buildIpv6({ src: '2001:db8::9', dst: '2001:db8::1b', protocol: 58, extensions: [0, 60] }),
);
const options = { source: 'eni-a', addresses: [ME, '2001:db8::1b'] };

function records(file: Uint8Array) {
  const opened = openCapture(file);
  if ('error' in opened) throw new Error(english(opened.error.message));
  const list: { length: number; vni: number; inner: Uint8Array; seconds: number }[] = [];
  for (const r = createCaptureRecord(); opened.reader.next(r);) {
    const view = new DataView(file.buffer, file.byteOffset + r.data, r.capturedLength);
    list.push({
      length: r.capturedLength,
      vni: view.getUint32(46) >>> 8,
      inner: file.slice(r.data + 50, r.data + r.capturedLength),
      seconds: r.seconds,
    });
  }
  return list;
}

describe('evaluateCapture: counts and copies', () => {
  const capture = buildPcapFile(
    [web, ssh, big, out, other, six].map((data, i) => ({ data, seconds: 1700000000 + i })),
  );

  it('counts by reason, session and rule, and writes one copy per mirrored packet', () => {
    const result = evaluateCapture(capture, config(9000), options);
    expect(result).toMatchObject({
      total: 6,
      mirrored: 3,
      skipped: 1,
      by_reason: { ACCEPTED: 3, REJECTED: 1, NO_MATCH: 1, SKIPPED_OTHER_HOST: 1 },
      by_session: { 's-web': 1, 's-all': 2 },
      by_rule: { 'r-web': 1, 'r-ssh': 1, 'r-any': 1, 'r-any6': 1 },
      format: 'pcap',
      error: null,
      aborted: false,
    });
    const copies = records(result.copies);
    expect(copies.map((c) => [c.vni, c.seconds, c.inner.length])).toEqual([
      [7, 1700000000, 96],
      [8, 1700000002, big.length],
      [8, 1700000005, six.length],
    ]);
    expect(copies[0]?.inner).toEqual(web.subarray(0, 96));
    expect(copies[1]?.inner).toEqual(big);
  });

  it('cuts copies further so the outer IP packet fits the source MTU', () => {
    const copies = records(evaluateCapture(capture, config(1000), options).copies);
    expect(copies.map((c) => c.inner.length)).toEqual([96, 1000 - 36, six.length]);
  });

  it.each([1000, 1450, 1500, 0])('cuts each copy as the packet tester does (source MTU %d)', (mtu) => {
    const cfg = config(mtu);
    const copies = records(evaluateCapture(capture, cfg, options).copies);
    const [, sAll] = cfg.sessions;
    const ipLength = big.length - 14;
    const tester = describeCopy(cfg.inventory!, sAll!, { ...bigPacket, length: ipLength });
    expect(copies[1]?.inner.length).toBe(tester.copied_bytes);
    expect(copies[1]!.length - 14).toBe(tester.outer_ip_bytes);
  });

  it('is read by tshark as VXLAN from the source to each session target', () => {
    const path = join(dir, 'copies.pcap');
    writeFileSync(path, evaluateCapture(capture, config(1500), options).copies);
    let text: string;
    try {
      text = execFileSync(
        'tshark',
        [
          '-r',
          path,
          '-T',
          'fields',
          '-E',
          'separator=|',
          '-e',
          'vxlan.vni',
          '-e',
          'ip.src',
          '-e',
          'ip.dst',
          '-e',
          'eth.dst',
          '-e',
          'udp.dstport',
          '-e',
          'tcp.dstport',
          '-e',
          'icmpv6.type',
        ],
        { encoding: 'utf8' },
      );
    } catch (error) {
      throw new Error(`tshark must be installed for this test (apt-get install tshark): ${String(error)}`);
    }
    expect(text.trim().split('\n')).toEqual([
      `7|192.168.0.27,10.9.9.9|192.168.0.100,${ME}|fa:16:3e:00:00:0b,02:00:00:00:00:02|4789|80|`,
      `8|192.168.0.27,10.9.9.8|192.168.0.200,${ME}|00:00:00:00:00:00,02:00:00:00:00:02|4789,6000||`,
      `8|192.168.0.27|192.168.0.200|00:00:00:00:00:00,02:00:00:00:00:02|4789||128`,
    ]);
  });

  it('uses the first IPv4 address as outer source when there is no inventory', () => {
    const { inventory: _ignored, ...bare } = config(1500);
    const result = evaluateCapture(capture, bare, { source: 'eni-a', addresses: ['2001:db8::1b', ME] });
    const file = result.copies;
    expect(result.mirrored).toBe(3);
    expect(new DataView(file.buffer).getUint32(24 + 16 + 26)).toBe(0xc0a8001b);
    expect(new DataView(file.buffer).getUint32(24 + 16 + 30)).toBe(0);
  });

  it('reads cooked and raw captures in pcapng and makes up the inner Ethernet header', () => {
    const ip = buildIpv4({ src: '10.9.9.9', dst: ME, protocol: 6, srcPort: 1, dstPort: 80 });
    const file = buildPcapngFile([
      { type: 'interface', linkType: 276 },
      { type: 'interface', linkType: 101 },
      { type: 'enhanced', interfaceId: 0, data: buildCooked(ip, 2, [2, 0, 0, 0, 0, 7]) },
      { type: 'enhanced', interfaceId: 1, data: ip },
    ]);
    const result = evaluateCapture(file, config(1500), options);
    expect(result).toMatchObject({ format: 'pcapng', mirrored: 2 });
    const [cooked, raw] = records(result.copies);
    expect(cooked?.inner).toEqual(Uint8Array.from([0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 7, 8, 0, ...ip]));
    expect(raw?.inner).toEqual(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, ...ip]));
  });
});

describe('evaluateCapture: bad files, progress and stopping', () => {
  it('keeps the packets read before a truncated record and says where it stopped', () => {
    const file = buildPcapFile([{ data: web }, { data: ssh }]);
    const result = evaluateCapture(file.subarray(0, file.length - 5), config(1500), options);
    expect(result).toMatchObject({ total: 1, mirrored: 1, error: { code: 'TRUNCATED_RECORD', packet: 2 } });
    expect(result.error ? english(result.error.message) : undefined).toContain(
      `byte ${24 + 16 + web.length}`,
    );
  });

  it('returns an error and empty results for a file that is not a capture', () => {
    const result = evaluateCapture(new TextEncoder().encode('GET / HTTP/1.1'), config(1500), options);
    expect(result).toMatchObject({ total: 0, mirrored: 0, format: null, error: { code: 'NOT_A_CAPTURE' } });
    expect(result.copies.length).toBe(24);
  });

  it('reports progress and stops when asked', () => {
    const file = buildPcapFile(Array.from({ length: 70000 }, () => ({ data: ssh })));
    const seen: [number, number | undefined][] = [];
    const signal = { aborted: false };
    const result = evaluateCapture(file, config(1500), {
      ...options,
      signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        signal.aborted = true;
      },
    });
    expect(result).toMatchObject({ aborted: true, total: 65536 });
    expect(result.results.length).toBe(65536);
    expect(seen[0]).toEqual([24 + 65536 * (16 + ssh.length), file.length]);
    const full = evaluateCapture(file, config(1500), {
      ...options,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(full).toMatchObject({ aborted: false, total: 70000, by_reason: { REJECTED: 70000 } });
    expect(seen.at(-1)).toEqual([file.length, file.length]);
  });
});
