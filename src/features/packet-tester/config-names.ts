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
import type { Translator } from '@/i18n';
import type { FullConfig } from './use-tester-config';

/** Lookups by id of what verdicts name. */
export interface ConfigNames {
  session(id: string | null): TrafficMirrorSession | undefined;
  filter(id: string | null): TrafficMirrorFilter | undefined;
  rule(id: string | null): TrafficMirrorFilterRule | undefined;
  port(id: string | null): Port | undefined;
  /** The name of a mirror target (a load balancer or an interface), or its id. */
  targetName(type: TargetType | null, id: string | null): string;
}

/**
 * A rule as the tester names it: direction, priority and action, in the language of `t`.
 *
 * @example ruleTitle(rule, t) // 'inbound rule 1 (accept)'
 */
export function ruleTitle(
  rule: Pick<TrafficMirrorFilterRule, 'direction' | 'priority' | 'action'>,
  t: Translator['t'],
): string {
  return t('tester.words.ruleTitle', {
    direction: rule.direction,
    priority: rule.priority,
    action: rule.action,
  });
}

/**
 * Lookups by id over a configuration (its filters' rules included).
 *
 * @example configNames(config).targetName('elb', 'lb-1') // 'elb-mirror-collector'
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
    targetName: (type, id) => (type === 'elb' ? get(balancers, id)?.name : get(ports, id)?.name) ?? id ?? '',
  };
}
