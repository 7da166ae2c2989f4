/**
 * Deterministic ids for seeded resources, in UUID format:
 * `<kind prefix>-0000-4000-8000-<region 2 digits><sequence 10 digits>`, e.g. the first VPC of
 * region 1 is `a1000000-0000-4000-8000-010000000001`.
 */

const PREFIX = {
  project: 'a0000000',
  vpc: 'a1000000',
  subnet: 'a2000000',
  peering: 'a3000000',
  router: 'a4000000',
  attachment: 'a5000000',
  server: 'b1000000',
  port: 'b2000000',
  loadBalancer: 'b3000000',
  securityGroup: 'c1000000',
  securityGroupRule: 'c2000000',
  firewall: 'c3000000',
  aclRule: 'c4000000',
  filter: 'd1000000',
  rule: 'd2000000',
  session: 'd3000000',
} as const;

export type SeedKind = keyof typeof PREFIX;

/**
 * The id of the `n`th seeded resource of `kind` in region number `region`.
 *
 * @example seedId('vpc', 1, 1) // 'a1000000-0000-4000-8000-010000000001'
 */
export function seedId(kind: SeedKind, region: number, n: number): string {
  return `${PREFIX[kind]}-0000-4000-8000-${String(region).padStart(2, '0')}${String(n).padStart(10, '0')}`;
}

/** A deterministic MAC address (`fa:16:3e:` + three bytes of `n`). */
export function seedMac(region: number, n: number): string {
  const value = region * 0x10000 + n;
  const bytes = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  return `fa:16:3e:${bytes.map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
}

/** Seeded creation times: `base` plus `minutes`, formatted `YYYY-MM-DDThh:mm:ssZ`. */
export function seedTime(minutes: number, base = Date.UTC(2024, 3, 22, 8, 0, 0)): string {
  return new Date(base + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
