import { ExampleLink } from '@/components/ui/example-link';
import { packetTesterFields, packetText } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';

/** What the packet tester was opened from, kept in its address beside the packet. */
export interface TesterOrigin {
  rule?: string;
  session?: string;
}

/** The packet tester's search parameters for a packet opened from a rule or a session. */
export function testerSearchOfPacket(packet: MirrorPacket, origin: TesterOrigin = {}) {
  return { ...packetTesterFields(packet), ...origin };
}

export interface TesterLinkProps {
  packet: MirrorPacket;
  /** The visible words, such as "Test this rule's packet". */
  label: string;
  /** Added to the accessible name so that links of several rules can be told apart. */
  context: string;
  origin?: TesterOrigin;
}

/** An example packet in one line, and a link that opens it in the packet tester. */
export function TesterLink({ packet, label, context, origin }: TesterLinkProps) {
  return (
    <ExampleLink
      text={packetText(packet)}
      to="/packet-tester"
      search={testerSearchOfPacket(packet, origin)}
      label={label}
      context={context}
    />
  );
}
