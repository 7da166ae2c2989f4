import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_SOUTHEAST_1, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { createTestBackend, type TestBackend } from '../testing/test-backend';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const P = N4.project;
const ACL = N4.firewalls.security;
const path = (id = ACL) => `/v3/${P}/vpc/firewalls/${id}/insert-rules`;
const vxlan = (overrides: Record<string, unknown> = {}) => ({
  name: 'mirror-vxlan',
  action: 'allow',
  protocol: 'udp',
  ip_version: 4,
  source_ip_address: '172.31.0.5/32',
  destination_port: '4789',
  ...overrides,
});
const names = (rules: unknown) => (rules as { name: string }[]).map((r) => r.name);
const inbound = async () =>
  names(
    ((await t.call('GET', `/v3/${P}/vpc/firewalls/${ACL}`)).body.firewall as { ingress_rules: unknown })
      .ingress_rules,
  );

describe('PUT firewalls/{id}/insert-rules', () => {
  it('inserts a rule after the named one and answers the whole ACL (200)', async () => {
    const [first] = (
      (await t.call('GET', `/v3/${P}/vpc/firewalls/${ACL}`)).body.firewall as {
        ingress_rules: { id: string }[];
      }
    ).ingress_rules;
    const answer = await t.call('PUT', path(), {
      firewall: { ingress_rules: [vxlan({ ip_version: '4' })], insert_after_rule: first!.id },
    });
    expect(answer.status).toBe(200);
    const firewall = answer.body.firewall as { ingress_rules: Record<string, unknown>[]; id: string };
    expect(firewall.id).toBe(ACL);
    expect(names(firewall.ingress_rules)).toEqual(['allow-vxlan-from-prod', 'mirror-vxlan', 'deny-sandbox']);
    expect(firewall.ingress_rules[1]).toMatchObject({
      action: 'allow',
      protocol: 'udp',
      ip_version: 4,
      source_ip_address: '172.31.0.5/32',
      destination_ip_address: '',
      source_port: '',
      destination_port: '4789',
      enabled: true,
      description: '',
    });
    expect(firewall.ingress_rules[1]!.id).toEqual(expect.any(String));
    // As the real ACL: its project, and the rules in their new order.
    expect(firewall).toHaveProperty('project_id', P);
    expect(await inbound()).toEqual(['allow-vxlan-from-prod', 'mirror-vxlan', 'deny-sandbox']);
    expect(t.changes).toEqual([{ project_id: P, resource: 'firewalls' }]);
  });

  it('inserts first when no rule is named; insert_after_rule_id is taken too', async () => {
    await t.call('PUT', path(), { firewall: { ingress_rules: [vxlan({ name: 'a' })] } });
    expect((await inbound())[0]).toBe('a');
    const [, second] = (
      (await t.call('GET', `/v3/${P}/vpc/firewalls/${ACL}`)).body.firewall as {
        ingress_rules: { id: string }[];
      }
    ).ingress_rules;
    await t.call('PUT', path(), {
      firewall: { ingress_rules: [vxlan({ name: 'b' })], insert_after_rule_id: second!.id },
    });
    expect(await inbound()).toEqual(['a', 'allow-vxlan-from-prod', 'b', 'deny-sandbox']);
  });

  it.each([
    ['action', 'permit'],
    ['protocol', 'gre'],
    ['ip_version', 5],
    ['source_ip_address', '10.0.0.0/40'],
    ['source_ip_address', '2001:db8::/64'],
    ['destination_port', '70000'],
    ['description', '<x>'],
    ['enabled', 'yes'],
  ])('refuses %s = %j (400, the field named)', async (field, value) => {
    const answer = await t.call('PUT', path(), { firewall: { ingress_rules: [vxlan({ [field]: value })] } });
    expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(
      `firewall.ingress_rules.0.${field}`,
    );
    expect(await inbound()).toEqual(['allow-vxlan-from-prod', 'deny-sandbox']);
  });

  it('refuses ports without tcp/udp, no rules, and an anchor with rules of both directions', async () => {
    const icmp = await t.call('PUT', path(), { firewall: { ingress_rules: [vxlan({ protocol: 'icmp' })] } });
    expect((icmp.body.details as { field: string }[])[0]?.field).toBe(
      'firewall.ingress_rules.0.destination_port',
    );
    expect((await t.call('PUT', path(), { firewall: {} })).body.error_code).toBe('TM.0002');
    const both = await t.call('PUT', path(), {
      firewall: { ingress_rules: [vxlan()], egress_rules: [vxlan()], insert_after_rule: 'x' },
    });
    expect((both.body.details as { field: string }[])[0]?.field).toBe('firewall.insert_after_rule');
  });

  it("answers 404 for an unknown ACL, another project's ACL or an unknown rule to insert after", async () => {
    const body = { firewall: { ingress_rules: [vxlan()] } };
    expect((await t.call('PUT', path('nope'), body)).status).toBe(404);
    expect((await t.call('PUT', path(AP_SOUTHEAST_1.firewalls.tools), body)).status).toBe(404);
    const anchor = await t.call('PUT', path(), { firewall: { ...body.firewall, insert_after_rule: 'nope' } });
    expect([anchor.status, anchor.body.error_code]).toEqual([404, 'TM.0004']);
    expect(await inbound()).toEqual(['allow-vxlan-from-prod', 'deny-sandbox']);
    expect((await t.call('PUT', path(), '{')).body.error_code).toBe('TM.0001');
  });
});
