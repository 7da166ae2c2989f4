import type { FlowCounts, RegionFlowEdge, RegionFlowNode } from '@/domain/model/region-flows';
import type { Translator } from '@/i18n';

type Translate = Translator['t'];

/** The words of a node's or edge's counts: sessions and sources, then those disabled and warned, if any. */
export function countWords(t: Translate, counts: FlowCounts): { counts: string; notes?: string } {
  const { sessions, sources, disabled, warned } = counts;
  const notes = [
    ...(disabled > 0 ? [t('overview.region.disabled', { count: disabled })] : []),
    ...(warned > 0 ? [t('overview.region.warned', { count: warned })] : []),
  ];
  return {
    counts: t('overview.region.counts', { sessions, sources }),
    notes: notes.length > 0 ? notes.join(' · ') : undefined,
  };
}

/** A node's name as the picture writes it: its VPC's, or what stands for it. */
export function nodeName(t: Translate, node: RegionFlowNode): string {
  if (node.other) return t('overview.region.other');
  return node.name || t('overview.region.unknown');
}

const VIA = {
  'same-vpc': 'same',
  peering: 'peering',
  'enterprise-router': 'router',
  mixed: 'mixed',
} as const;

/** How an edge's copies reach the target VPC, in words. */
export function viaWords(t: Translate, edge: RegionFlowEdge): string {
  return t('overview.region.via', { via: edge.via === null ? 'none' : VIA[edge.via] });
}
