/**
 * Matcher throughput: evaluations per second of the compiled evaluator (numeric `decide` and
 * object `evaluate`), of `evaluatePacket` (with its trace) and of the plain reference, on
 * (a) the product document's example and (b) the worst case the quotas allow on one source:
 * 3 sessions x 10 rules per direction, every rule a candidate for the packet (same ethertype
 * and protocol, ports and source in range) that fails only on its destination, so that no
 * rule matches and every condition of all 30 rules is looked at. Goal for (b): 10 M/s.
 *
 * Each scenario runs in a fresh child process: the JIT's profile of one configuration would
 * otherwise slow down the next (the compiled `decide` functions share their code).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../../src/domain/model/types';
import { compileConfig, createPacketFields } from '../../src/domain/matcher/compile-config';
import { evaluatePacket } from '../../src/domain/matcher/evaluate-packet';
import { makeFilter, makeRule, makeSession } from '../../src/domain/matcher/fixtures';
import { referenceEvaluate } from '../../src/domain/matcher/reference-evaluate';
import type { MirrorPacket } from '../../src/domain/matcher/types';

const GOAL = 10_000_000;

interface Rate {
  /** Calls per second of elapsed time. */
  wall: number;
  /** Calls per second of CPU time used by this process (steadier on a shared machine). */
  cpu: number;
}

/** Runs `body(n)` for about `budgetMs` in 5 rounds and keeps the best round of each clock. */
function rate(body: (n: number) => number, budgetMs = 250): Rate {
  let n = 256;
  for (;;) {
    const start = performance.now();
    body(n);
    const elapsed = performance.now() - start;
    if (elapsed > 20) {
      n = Math.max(1, Math.round((n * budgetMs) / 5 / elapsed));
      break;
    }
    n *= 2;
  }
  const best = { wall: 0, cpu: 0 };
  for (let round = 0; round < 5; round++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    body(n);
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    best.wall = Math.max(best.wall, n / wall);
    best.cpu = Math.max(best.cpu, n / ((used.user + used.system) / 1e6));
  }
  return best;
}

function figure(perSecond: number): string {
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${(perSecond / 1e3).toFixed(1)} k/s`;
}

type Scenario = 'a' | 'b4' | 'b6';
type Group = 'main' | 'scan';
type Result = [name: string, rate: Rate];

/** Runs in a child process: the figures of one scenario and one group of implementations. */
function measureScenario(scenario: Scenario, group: Group): { reasons: string; results: Result[] } {
  const [config, packets] = scenario === 'a' ? documentExample() : worstCase(scenario === 'b4' ? 4 : 6);
  const compiled = compileConfig(config, group === 'scan' ? { strategy: 'scan' } : {});
  const fields = packets.map((p) => {
    const f = createPacketFields();
    if (!compiled.readPacket(p, f)) throw new Error(`cannot read ${JSON.stringify(p)}`);
    return f;
  });
  const reasons = [...new Set(packets.map((p) => compiled.evaluate(p).reason))].join(', ');
  const mask = packets.length - 1; // packets.length is a power of two
  const loop = (one: (i: number) => number) => (n: number) => {
    let sink = 0;
    for (let i = 0; i < n; i++) sink += one(i & mask);
    return sink;
  };
  if (group === 'scan') {
    return {
      reasons,
      results: [
        [
          'decide, rows scanned (no index)',
          rate(
            loop((i) => compiled.decide(fields[i]!)),
            400,
          ),
        ],
      ],
    };
  }
  return {
    reasons,
    results: [
      [
        'compiled decide (numeric)',
        rate(
          loop((i) => compiled.decide(fields[i]!)),
          400,
        ),
      ],
      ['compiled evaluate (object)', rate(loop((i) => (compiled.evaluate(packets[i]!).mirrored ? 1 : 0)))],
      ['evaluatePacket (with trace)', rate(loop((i) => evaluatePacket(config, packets[i]!).trace.length))],
      ['reference', rate(loop((i) => (referenceEvaluate(config, packets[i]!).mirrored ? 1 : 0)))],
    ],
  };
}

const CHILD = '--matcher-bench-child';
const self = fileURLToPath(import.meta.url);

function inChild(scenario: Scenario, group: Group): { reasons: string; results: Result[] } {
  const child = spawnSync(process.execPath, [...process.execArgv, self, CHILD, scenario, group], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`benchmark child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as { reasons: string; results: Result[] };
}

function report(title: string, scenario: Scenario, goal?: number): void {
  const main = inChild(scenario, 'main');
  const scan = inChild(scenario, 'scan');
  const results = [main.results[0]!, ...scan.results, ...main.results.slice(1)];
  console.log(`${title} (verdicts: ${main.reasons})`);
  console.log(`  ${''.padEnd(32)} ${'per second'.padStart(12)} ${'per CPU second'.padStart(15)}`);
  for (const [name, r] of results) {
    console.log(`  ${name.padEnd(32)} ${figure(r.wall).padStart(12)} ${figure(r.cpu).padStart(15)}`);
  }
  if (goal !== undefined) {
    const best = results[0]![1];
    const met = (r: number) => (r >= goal ? 'met' : 'NOT met');
    console.log(
      `  goal for decide >= ${figure(goal)}: ${met(best.wall)} (wall clock), ${met(best.cpu)} (CPU time)`,
    );
  }
}

/** (a) Table 1's four packets through the Figure 1 session with Table 2's rules. */
function documentExample(): [MirrorConfig, MirrorPacket[]] {
  const config: MirrorConfig = {
    sessions: [
      makeSession({
        id: 'fig1',
        traffic_mirror_sources: ['eni-b', 'eni-c'],
        traffic_mirror_target_id: 'elb-1',
        traffic_mirror_target_type: 'elb',
      }),
    ],
    filters: [
      makeFilter('filter-1', [
        makeRule({
          id: 'in-1',
          protocol: 'TCP',
          source_cidr_block: '172.16.0.0/24',
          source_port_range: '10000-10001',
          destination_cidr_block: '10.0.0.3/32',
          destination_port_range: '80-80',
        }),
        makeRule({
          id: 'out-1',
          direction: 'egress',
          action: 'reject',
          source_cidr_block: '192.168.0.0/24',
          destination_cidr_block: '10.2.0.0/24',
        }),
      ]),
    ],
  };
  const tcp = (
    source: string,
    direction: 'ingress' | 'egress',
    s: string,
    sp: number,
    d: string,
    dp: number,
  ): MirrorPacket => ({
    source,
    direction,
    ethertype: 'IPv4',
    protocol: 'TCP',
    source_ip: s,
    source_port: sp,
    destination_ip: d,
    destination_port: dp,
  });
  return [
    config,
    [
      tcp('eni-b', 'egress', '192.168.0.10', 40000, '10.2.0.5', 80),
      tcp('eni-b', 'ingress', '10.2.0.5', 80, '192.168.0.10', 40000),
      tcp('eni-c', 'ingress', '172.16.0.8', 10000, '10.0.0.3', 80),
      tcp('eni-c', 'egress', '10.0.0.3', 80, '172.16.0.8', 10000),
    ],
  ];
}

/** (b) 3 sessions x 10 rules per direction; every rule fails only on its destination. */
function worstCase(family: 4 | 6): [MirrorConfig, MirrorPacket[]] {
  const v4 = family === 4;
  const rule = (session: number, i: number, direction: 'ingress' | 'egress'): TrafficMirrorFilterRule =>
    makeRule({
      id: `s${session}-${direction}-${i}`,
      direction,
      priority: i + 1,
      ethertype: v4 ? 'IPv4' : 'IPv6',
      protocol: 'TCP',
      source_cidr_block: v4 ? '10.0.0.0/8' : '2001:db8::/32',
      source_port_range: '1024-65535',
      destination_port_range: '1-1023',
      // The packets go to 10.99.x / 2001:db8::1:x: these differ only in the last word.
      destination_cidr_block: v4 ? `10.${session * 10 + i}.0.0/16` : `2001:db8::${session * 10 + i}00/120`,
    });
  const config: MirrorConfig = {
    sessions: [0, 1, 2].map((s) =>
      makeSession({
        id: `session-${s}`,
        priority: s + 1,
        traffic_mirror_sources: ['eni-w'],
        traffic_mirror_filter_id: `filter-${s}`,
      }),
    ),
    filters: [0, 1, 2].map((s) =>
      makeFilter(
        `filter-${s}`,
        Array.from({ length: 10 }, (_, i) => [rule(s, i, 'ingress'), rule(s, i, 'egress')]).flat(),
      ),
    ),
  };
  const packets = Array.from({ length: 8 }, (_, i): MirrorPacket => ({
    source: 'eni-w',
    direction: i % 2 === 0 ? 'ingress' : 'egress',
    ethertype: v4 ? 'IPv4' : 'IPv6',
    protocol: 'TCP',
    source_ip: v4 ? `10.1.2.${i + 1}` : `2001:db8::a:${i + 1}`,
    destination_ip: v4 ? `10.99.0.${i + 1}` : `2001:db8::1:${i + 1}`,
    source_port: 40000 + i,
    destination_port: 443,
  }));
  return [config, packets];
}

/**
 * Prints the figures: `npx tsx scripts/bench.ts matcher`.
 *
 * @example await run(); // "(b) worst case IPv4 ... compiled decide (numeric)  22.80 M/s ..."
 */
export async function run(): Promise<void> {
  console.log(`node ${process.version}, one thread; evaluations per second, best of 5 rounds`);
  console.log('(CPU time excludes the time other processes hold the shared cores)');
  report('(a) document example: Table 1 packets, Figure 1 session, Table 2 rules', 'a');
  report('(b) worst case IPv4: 3 sessions x 10 rules per direction, no match', 'b4', GOAL);
  report('(b) worst case IPv6: 3 sessions x 10 rules per direction, no match', 'b6', GOAL);
}

if (process.argv[2] === CHILD) {
  const [scenario, group] = process.argv.slice(3) as [Scenario, Group];
  process.stdout.write(`${JSON.stringify(measureScenario(scenario, group))}\n`);
}
