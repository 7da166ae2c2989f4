/**
 * Rules measured against the packets their sources really carry (docs/behaviour.md, "The copy on the wire", example
 * packets): a rule that matches only packets no source of its sessions carries, and an
 * inbound rule whose packets every source drops before mirroring (section 5 step 1).
 */
import type { MirrorConfig, TrafficMirrorFilter } from '../model/types';
import { rulesOfDirection } from '../matcher/session-order';
import { overlaps } from './box-set';
import { ruleSpace } from './rule-space';
import { sourceTraffic, type SourceTraffic } from './source-traffic';
import { dropCause, droppedRuleMessage, neverCarriedMessage } from './traffic-messages';
import type { RuleTrafficFinding } from './types';

/**
 * The sources of every session using the filter (enabled or not), in the order the sessions
 * list them, each once.
 *
 * @example filterSources(config, 'filter-web') // ['port-web-01', 'port-pay-02']
 */
export function filterSources(config: MirrorConfig, filterId: string): string[] {
  const users = config.sessions.filter((s) => s.traffic_mirror_filter_id === filterId);
  return [...new Set(users.flatMap((s) => s.traffic_mirror_sources))];
}

/**
 * The rules of a filter that its sources make useless: `rule-never-carried` when no source
 * of the sessions using the filter carries a packet the rule matches (inbound: its
 * destination holds none of their addresses; outbound: its source), and, inbound,
 * `rule-dropped-before-mirroring` when the sources carry some of its packets but their
 * subnets' network ACLs or their security groups let none of them in. Nothing is said when a
 * source is not in the inventory, when no session uses the filter, or for a rule that
 * matches nothing at all (another finding covers it).
 *
 * @example ruleTrafficFindings(config, table2).map((f) => f.kind) // ['rule-never-carried'] (its outbound rule)
 */
export function ruleTrafficFindings(config: MirrorConfig, filter: TrafficMirrorFilter): RuleTrafficFinding[] {
  const sourceIds = filterSources(config, filter.id);
  const findings: RuleTrafficFinding[] = [];
  if (sourceIds.length === 0 || !config.inventory) return findings;
  const inventory = config.inventory;
  for (const direction of ['ingress', 'egress'] as const) {
    const traffic = sourceIds.map((id) => sourceTraffic(config, id, direction));
    if (traffic.some((t) => t === null)) continue;
    const sources = traffic as SourceTraffic[];
    for (const rule of rulesOfDirection(filter, direction)) {
      const space = ruleSpace(rule);
      if (space.length === 0) continue;
      const base = { filterId: filter.id, direction, ruleId: rule.id, severity: 'warning' as const };
      const carrying = sources.filter((t) => overlaps(space, t.own));
      if (carrying.length === 0) {
        const message = neverCarriedMessage(rule, sources);
        findings.push({ ...base, kind: 'rule-never-carried', sourceIds, message });
        continue;
      }
      if (direction !== 'ingress' || carrying.some((t) => overlaps(space, t.carried))) continue;
      const drops = carrying.map((t) => ({
        traffic: t,
        droppedBy: overlaps(space, t.pastAcl) ? ('security_group' as const) : ('network_acl' as const),
      }));
      const causes = drops.map((d) => dropCause(inventory, d.traffic, d.droppedBy === 'network_acl'));
      const onlyGroups = drops.every((d) => d.droppedBy === 'security_group');
      findings.push({
        ...base,
        kind: 'rule-dropped-before-mirroring',
        drops: drops.map((d) => ({ sourceId: d.traffic.port.id, droppedBy: d.droppedBy })),
        message: droppedRuleMessage(rule, causes, onlyGroups),
      });
    }
  }
  return findings;
}
