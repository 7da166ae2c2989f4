import type { ReactNode } from 'react';
import type { MirrorCopy, MirrorDelivery } from '@/domain/matcher/types';
import { describeMtuCut } from '@/domain/net/copy-size';
import { Alert } from '@/components/ui/alert';
import { useAnalysisText } from '@/components/results/analysis-text';

const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

function truncation(copy: MirrorCopy): string {
  if (!copy.truncated) return `No: the whole ${bytes(copy.inner_frame_bytes)} frame fits.`;
  if (copy.truncated_by === 'mtu') return `Yes, by the source's MTU: ${describeMtuCut(copy)}.`;
  return `Yes, cut to ${bytes(copy.copied_bytes)}: the session copies at most ${bytes(copy.packet_length)} of each packet (packet length).`;
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
  const text = useAnalysisText();
  const outerHeaders = copy.outer_ethernet_bytes + copy.outer_ipv4_bytes + copy.udp_bytes + copy.vxlan_bytes;
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid grid-cols-[8.5rem_1fr] gap-x-2 gap-y-0.5">
        <Row term="VNI">{copy.vni}</Row>
        <Row term="Outer source">
          <span className="font-mono">
            {copy.outer_source_ip ?? 'unknown (the source has no IPv4 address)'}
          </span>
        </Row>
        <Row term="Outer destination">
          <span className="font-mono">
            {copy.outer_destination_ip ?? 'unknown (the target has no IPv4 address)'}
          </span>
          <span className="text-slate-600"> · UDP port {copy.udp_destination_port}</span>
        </Row>
        <Row term="Original frame">
          {bytes(copy.inner_frame_bytes)}
          <span className="text-slate-600"> (IP packet + 14-byte Ethernet header)</span>
        </Row>
        <Row term="Bytes copied">{bytes(copy.copied_bytes)}</Row>
        <Row term="Source MTU">
          {bytes(copy.source_mtu)}
          {copy.mtu_assumed && (
            <span className="text-slate-600"> (assumed: the interface&apos;s MTU is not reported)</span>
          )}
        </Row>
        <Row term="Truncated">{truncation(copy)}</Row>
        <Row term="Copy on the wire">
          {bytes(copy.frame_bytes)}
          <span className="text-slate-600">
            {' '}
            = {outerHeaders} of headers (Ethernet {copy.outer_ethernet_bytes}, IPv4 {copy.outer_ipv4_bytes},
            UDP {copy.udp_bytes}, VXLAN {copy.vxlan_bytes}) + {copy.copied_bytes} copied
          </span>
        </Row>
      </dl>
      {delivery && (
        <Alert
          tone={delivery.delivered ? 'success' : 'error'}
          title={delivery.delivered ? 'The copy reaches the target' : 'The copy does not reach the target'}
        >
          {text(delivery.note)}
        </Alert>
      )}
    </div>
  );
}
