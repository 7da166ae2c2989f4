/** The lines of a session's analysis, as the session page and the wizard's review show them. */
import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, sessionOnEni1 } from '../matcher/fixtures';
import type { MirrorConfig, TrafficMirrorSession } from '../model/types';
import { makeInventory } from '../model/test-fixtures';
import { packetTesterFields, sessionFindings } from './session-findings';

const session = sessionOnEni1;

const filters = [
  makeFilter('all-in', [makeRule({ id: 'all-in-rule' })]),
  makeFilter('web-in', [makeRule({ id: 'web-rule', protocol: 'TCP', destination_port_range: '443-443' })]),
  makeFilter('empty', []),
];
const names = (id: string) => `name-of-${id}`;
const badges = (config: MirrorConfig, subject: TrafficMirrorSession) =>
  sessionFindings(config, subject, names).map((line) => `${english(line.badge)}:${english(line.context)}`);

describe('sessionFindings', () => {
  const cases: { name: string; sessions: TrafficMirrorSession[]; subject: string; expected: string[] }[] = [
    {
      name: 'alone on its source with an inbound-only filter: copies, outbound copies nothing',
      sessions: [session('s', 1, 'web-in')],
      subject: 's',
      expected: ['Copies nothing:outbound direction', 'Copies:copied from name-of-eni-1'],
    },
    {
      name: 'behind a session that copies every inbound packet: never receives, with a packet the other takes',
      sessions: [session('first', 1, 'all-in'), session('s', 2, 'web-in')],
      subject: 's',
      expected: [
        'Copies nothing:outbound direction',
        'Never receives:name-of-eni-1',
        'Copies nothing:name-of-eni-1',
        'Overlap:overlap on name-of-eni-1, inbound',
      ],
    },
    {
      name: 'in front of a wider session: an overlap decided by priority, and a copied packet',
      sessions: [session('s', 1, 'web-in'), session('wide', 2, 'all-in')],
      subject: 's',
      expected: [
        'Copies nothing:outbound direction',
        'Overlap:overlap on name-of-eni-1, inbound',
        'Copies:copied from name-of-eni-1',
      ],
    },
    {
      name: 'a filter without rules copies nothing in either direction',
      sessions: [session('s', 1, 'empty')],
      subject: 's',
      expected: [
        'Copies nothing:inbound direction',
        'Copies nothing:outbound direction',
        'Copies nothing:name-of-eni-1',
      ],
    },
    {
      name: 'a disabled session gets only the findings of its filter',
      sessions: [session('s', 1, 'web-in', { enabled: false })],
      subject: 's',
      expected: ['Copies nothing:outbound direction'],
    },
    {
      name: 'a disabled session in front does not preempt',
      sessions: [session('off', 1, 'all-in', { enabled: false }), session('s', 2, 'web-in')],
      subject: 's',
      expected: ['Copies nothing:outbound direction', 'Copies:copied from name-of-eni-1'],
    },
  ];
  it.each(cases)('$name', ({ sessions, subject, expected }) => {
    const config = { sessions, filters };
    expect(
      badges(
        config,
        sessions.find((s) => s.id === subject)!,
      ),
    ).toEqual(expected);
  });

  it('the packet it shows as copied is copied by this session, as the matcher says', () => {
    const sessions = [session('s', 1, 'web-in'), session('wide', 2, 'all-in')];
    const config = { sessions, filters };
    const copied = sessionFindings(config, sessions[0]!, names).find(
      (line) => line.badge.id === 'badge.copies',
    );
    const verdict = evaluatePacket(config, copied!.packet!);
    expect([verdict.mirrored, verdict.session_id]).toEqual([true, 's']);
  });
});

describe('packetTesterFields', () => {
  const packet = {
    source: 'eni-1',
    direction: 'ingress' as const,
    ethertype: 'IPv4' as const,
    protocol: 'TCP' as const,
    source_ip: '10.0.0.1',
    destination_ip: '10.0.0.2',
    source_port: 40000,
    destination_port: 443,
  };
  it.each([
    { protocol: 'TCP' as const, ports: [40000, 443] },
    { protocol: 'UDP' as const, ports: [40000, 443] },
    { protocol: 'ICMP' as const, ports: [undefined, undefined] },
    { protocol: 47, ports: [undefined, undefined] },
  ])('$protocol keeps ports only when the protocol has them', ({ protocol, ports }) => {
    const fields = packetTesterFields({ ...packet, protocol });
    expect([fields.source_port, fields.destination_port]).toEqual(ports);
    expect(fields).toMatchObject({
      source: 'eni-1',
      protocol,
      source_ip: '10.0.0.1',
      destination_ip: '10.0.0.2',
    });
  });
  it('leaves out an empty interface', () => {
    expect(packetTesterFields({ ...packet, source: '' }).source).toBeUndefined();
  });
});

describe('messages name interfaces and targets as the inventory does', () => {
  const base = makeInventory();
  const inventory = { ...base, ports: base.ports.map((p) => (p.id === 'p1' ? { ...p, name: 'web-1' } : p)) };
  const onP1 = (id: string, priority: number, filter: string) =>
    sessionOnEni1(id, priority, filter, { traffic_mirror_sources: ['p1'], traffic_mirror_target_id: 'pt' });
  const sessions = [
    onP1('first', 1, 'all-in'),
    {
      ...onP1('s', 2, 'web-in'),
      traffic_mirror_target_id: 'lb-1',
      traffic_mirror_target_type: 'elb' as const,
    },
  ];

  it('with an inventory: names, not ids', () => {
    const messages = sessionFindings({ sessions, filters, inventory }, sessions[1]!, names).map((l) =>
      english(l.message),
    );
    expect(messages.join('\n')).toContain('never receives an inbound packet from interface "web-1"');
    expect(messages.join('\n')).toMatch(/copies them to interface "[^"]+"/);
    expect(messages.join('\n')).toMatch(/would copy them to load balancer "lb-1"/);
  });

  it('without one: the ids', () => {
    const messages = sessionFindings({ sessions, filters }, sessions[1]!, names).map((l) =>
      english(l.message),
    );
    expect(messages.join('\n')).toContain('never receives an inbound packet from p1:');
    expect(messages.join('\n')).toContain('would copy them to load balancer lb-1');
  });
});
