import { describe, expect, it } from 'vitest';
import { makeInventory } from '@/domain/model/test-fixtures';
import { translatorFor } from '@/i18n/testing';
import { checkPacket, EMPTY_PACKET, type PacketFormValues } from './packet-fields';
import { formValuesFromSearch, searchOfPacket } from './packet-url';
import { say } from './tester-message';

const english = translatorFor('en').t;
const chinese = translatorFor('zh-CN').t;

const inventory = makeInventory();
const inbound: PacketFormValues = {
  ...EMPTY_PACKET,
  source: 'eni-p1',
  source_ip: '10.0.0.9',
  destination_ip: '192.168.0.27',
  source_port: '40000',
  destination_port: '80',
};

describe('checkPacket', () => {
  it('finds the interface by name, IP or id and infers the direction from the addresses', () => {
    for (const source of ['eni-p1', 'ENI-P1', '192.168.0.27', 'p1']) {
      const checked = checkPacket({ ...inbound, source }, inventory);
      expect(checked.ok && checked.value.packet).toMatchObject({
        source: 'p1',
        direction: 'ingress',
        length: 64,
      });
    }
    const out = checkPacket({ ...inbound, source_ip: '192.168.0.27', destination_ip: '10.0.0.9' }, inventory);
    expect(out.ok && out.value).toMatchObject({ inferred: true, packet: { direction: 'egress' } });
  });

  it.each([
    [{ source_ip: '010.0.0.9' }, 'source_ip', 'Remove the leading zeros: write 10.0.0.9, not 010.0.0.9.'],
    [
      { destination_ip: '2001:db8::1' },
      'destination_ip',
      'The destination address is IPv6 but the type is IPv4',
    ],
    [
      { source: 'eth9' },
      'source',
      'No network interface of this region has the name, IP address or ID "eth9"',
    ],
    [{ destination_port: '70000' }, 'destination_port', 'Enter the destination port, 0-65535.'],
    [{ length: '30' }, 'length', 'Enter the IP packet length in bytes, 40-65535'],
    [{ destination_ip: '10.0.0.8' }, 'direction', 'Neither address is one of eni-p1'],
    [
      { protocol: 'OTHER' as const, protocol_number: '300' },
      'protocol_number',
      'Enter the IP protocol number',
    ],
  ])('%j is refused on %s', (change, field, message) => {
    const checked = checkPacket({ ...inbound, ...change }, inventory);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(say(english, checked.problems[field as keyof PacketFormValues]!)).toContain(message);
  });

  it('says what is wrong in Chinese too, with the values it names', () => {
    const checked = checkPacket(
      { ...inbound, source: 'eth9', length: '30', destination_port: 'x' },
      inventory,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(say(chinese, checked.problems.source!)).toBe(
      '本区域没有名称、IP 地址或 ID 为“eth9”的网卡。请从列表中选择。',
    );
    expect(say(chinese, checked.problems.length!)).toContain('40-65535');
    expect(say(chinese, checked.problems.destination_port!)).toBe('请输入目的端口，0-65535。');
  });

  it('ignores ports of protocols without ports and keeps a chosen direction', () => {
    const checked = checkPacket(
      { ...inbound, protocol: 'ICMP', source_port: 'x', direction: 'egress', destination_ip: '10.0.0.8' },
      inventory,
    );
    expect(checked.ok && checked.value.packet).toEqual({
      source: 'p1',
      direction: 'egress',
      ethertype: 'IPv4',
      protocol: 'ICMP',
      source_ip: '10.0.0.9',
      destination_ip: '10.0.0.8',
      length: 64,
    });
  });
});

describe('the packet in the address', () => {
  it('goes to the address and back to the same form', () => {
    const checked = checkPacket(inbound, inventory);
    if (!checked.ok) throw new Error('expected a valid packet');
    const search = searchOfPacket(checked.value.packet, checked.value.inferred);
    expect(search.direction).toBeUndefined();
    expect(formValuesFromSearch(search, inventory)).toEqual(inbound);
  });

  it('reads protocol numbers and keeps what does not parse for the form to name', () => {
    expect(formValuesFromSearch({ protocol: 17 }, inventory)).toMatchObject({ protocol: 'UDP' });
    expect(formValuesFromSearch({ protocol: 47 }, inventory)).toMatchObject({
      protocol: 'OTHER',
      protocol_number: '47',
    });
    expect(formValuesFromSearch({ source_port: 'abc', source_ip: '2001:db8::1' }, inventory)).toMatchObject({
      source_port: 'abc',
      ethertype: 'IPv6',
    });
  });
});
