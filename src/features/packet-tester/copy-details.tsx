import type { ReactNode } from 'react';
import type { MirrorCopy, MirrorDelivery } from '@/domain/matcher/types';
import { describeMtuCut } from '@/domain/net/copy-size';
import { Alert } from '@/components/ui/alert';
import { useResultText } from '@/components/results/use-result-text';
import { useT, type Translator } from '@/i18n';

function truncation(copy: MirrorCopy, t: Translator['t']): string {
  if (!copy.truncated) return t('tester.copy.notTruncated', { frame: copy.inner_frame_bytes });
  if (copy.truncated_by === 'mtu') return t('tester.copy.truncatedByMtu', { detail: describeMtuCut(copy) });
  return t('tester.copy.truncatedByLength', { copied: copy.copied_bytes, limit: copy.packet_length });
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{term}</dt>
      <dd className="tabular-nums">{children}</dd>
    </>
  );
}

/**
 * The VXLAN copy as it leaves the source (docs/behaviour.md, "The copy on the wire"): VNI, outer addresses and port,
 * how many bytes of the packet it carries and why it was cut; then whether it reaches the
 * target (section 7), naming the missing rule when it does not.
 */
export function CopyDetails({
  copy,
  delivery,
}: {
  copy: MirrorCopy;
  delivery: MirrorDelivery | null | undefined;
}) {
  const text = useResultText();
  const { t } = useT();
  const bytes = (count: number) => t('tester.words.bytes', { count });
  const outerHeaders = copy.outer_ethernet_bytes + copy.outer_ipv4_bytes + copy.udp_bytes + copy.vxlan_bytes;
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid grid-cols-[8.5rem_1fr] gap-x-2 gap-y-0.5">
        <Row term="VNI">{copy.vni}</Row>
        <Row term={t('tester.copy.outerSource')}>
          <span className="font-mono">{copy.outer_source_ip ?? t('tester.copy.sourceUnknown')}</span>
        </Row>
        <Row term={t('tester.copy.outerDestination')}>
          <span className="font-mono">{copy.outer_destination_ip ?? t('tester.copy.targetUnknown')}</span>
          <span className="text-slate-600">
            {' '}
            {t('tester.copy.udpPort', { port: copy.udp_destination_port })}
          </span>
        </Row>
        <Row term={t('tester.copy.originalFrame')}>
          {bytes(copy.inner_frame_bytes)}
          <span className="text-slate-600"> {t('tester.copy.frameNote')}</span>
        </Row>
        <Row term={t('tester.copy.bytesCopied')}>{bytes(copy.copied_bytes)}</Row>
        <Row term={t('tester.copy.sourceMtu')}>
          {bytes(copy.source_mtu)}
          {copy.mtu_assumed && <span className="text-slate-600"> {t('tester.copy.mtuAssumed')}</span>}
        </Row>
        <Row term={t('tester.copy.truncated')}>{truncation(copy, t)}</Row>
        <Row term={t('tester.copy.onWire')}>
          {bytes(copy.frame_bytes)}
          <span className="text-slate-600">
            {' '}
            {t('tester.copy.onWireDetail', {
              headers: outerHeaders,
              ethernet: copy.outer_ethernet_bytes,
              ipv4: copy.outer_ipv4_bytes,
              udp: copy.udp_bytes,
              vxlan: copy.vxlan_bytes,
              copied: copy.copied_bytes,
            })}
          </span>
        </Row>
      </dl>
      {delivery && (
        <Alert
          tone={delivery.delivered ? 'success' : 'error'}
          title={delivery.delivered ? t('tester.copy.reaches') : t('tester.copy.notReaches')}
        >
          {text(delivery.note)}
        </Alert>
      )}
    </div>
  );
}
