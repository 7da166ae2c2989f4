/**
 * Names for what a verdict refers to by id: sessions, filters, rules, interfaces and
 * targets, looked up once per configuration.
 */
import type {
  Port,
  TargetType,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
} from '@/domain/model/types';
import { directionWord } from '@/domain/model/direction-words';
import type { FullConfig } from './use-tester-config';

/** Lookups by id of what verdicts name. */
export interface ConfigNames {
  session(id: string | null): TrafficMirrorSession | undefined;
  filter(id: string | null): TrafficMirrorFilter | undefined;
  rule(id: string | null): TrafficMirrorFilterRule | undefined;
  port(id: string | null): Port | undefined;
  /** "load balancer elb-mirror-collector" or "interface ids-collector-01-eth0". */
  target(type: TargetType | null, id: string | null): string;
}

/**
 * A rule as the tester names it: direction, priority and action.
 *
 * @example ruleTitle(rule) // 'inbound rule 1 (accept)'
 */
export function ruleTitle(rule: Pick<TrafficMirrorFilterRule, 'direction' | 'priority' | 'action'>): string {
  return `${directionWord(rule.direction)} rule ${rule.priority} (${rule.action})`;
}

/**
 * Lookups by id over a configuration (its filters' rules included).
 *
 * @example configNames(config).target('elb', 'lb-1') // 'load balancer elb-mirror-collector'
 */
export function configNames(config: FullConfig): ConfigNames {
  const sessions = new Map(config.sessions.map((s) => [s.id, s]));
  const filters = new Map(config.filters.map((f) => [f.id, f]));
  const rules = new Map(
    config.filters.flatMap((f) => [...f.ingress_rules, ...f.egress_rules]).map((r) => [r.id, r]),
  );
  const ports = new Map(config.inventory.ports.map((p) => [p.id, p]));
  const balancers = new Map(config.inventory.load_balancers.map((lb) => [lb.id, lb]));
  const get = <T>(map: Map<string, T>, id: string | null) => (id === null ? undefined : map.get(id));
  return {
    session: (id) => get(sessions, id),
    filter: (id) => get(filters, id),
    rule: (id) => get(rules, id),
    port: (id) => get(ports, id),
    target: (type, id) => {
      if (type === 'elb') return `load balancer ${get(balancers, id)?.name ?? id}`;
      return `interface ${get(ports, id)?.name ?? id}`;
    },
  };
}
