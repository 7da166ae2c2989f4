/**
 * English words of the analysis' results: rule analysis findings, packet verdicts and their
 * steps, example packets, capture and packet-file problems (docs/architecture.md, "Languages").
 * Every id is `results.` and an id of `AnalysisMessageId` (src/domain/analysis/messages.ts).
 */
export const analysisMessages = {
  'results.direction.word': '{direction, select, ingress {inbound} other {outbound}}',
  'results.direction.label': '{direction, select, ingress {Inbound} other {Outbound}}',
  'results.direction.either': 'inbound or outbound',
  'results.rule.summary':
    '{action, select, accept {accept} other {reject}} {protocol}{ipv6, select, yes { IPv6} other {}}{from}{to}',
  'results.rule.from': ' from {cidr}{ports}',
  'results.rule.to': ' to {cidr}{ports}',
  'results.rule.any': 'any',
  'results.summary.port': ' port {port}',
  'results.summary.ports': ' ports {range}',
  'results.rule.name': 'rule {priority} ({summary})',
  'results.rule.nameStart': 'Rule {priority} ({summary})',
  'results.session.name': 'session "{name}" (priority {priority})',
  'results.session.nameStart': 'Session "{name}" (priority {priority})',
  'results.session.quoted': 'session "{name}"',
  'results.interface.named': 'interface "{name}"',
  'results.interface.namedStart': 'Interface "{name}"',
  'results.interface.withAddresses': 'interface "{name}" ({addresses})',
  'results.target.named': '{kind, select, elb {load balancer} other {interface}} "{name}"',
  'results.target.unnamed': '{kind, select, elb {load balancer} other {interface}} {id}',
  'results.finding.shadowed.same':
    '{rule} never decides: {covering} {count, plural, one {covers} other {cover}} all its packets, and {count, plural, one {it gives} other {they give}} them the same action. Delete rule {priority}: it changes nothing.',
  'results.finding.shadowed.all':
    '{rule} never decides: {covering} {count, plural, one {covers} other {cover}} all its packets, and {count, plural, one {it {action, select, accept {accepts} other {rejects}}} other {they {action, select, accept {accept} other {reject}}}} them. Move rule {priority} above {conflictCount, plural, one {rule} other {rules}} {conflicting} or narrow {conflictCount, plural, one {rule {conflicting}} other {them}}.',
  'results.finding.shadowed.some':
    '{rule} never decides: {covering} {count, plural, one {covers} other {cover}} all its packets, and {conflictCount, plural, one {rule} other {rules}} {conflicting} {conflictCount, plural, one {{action, select, accept {accepts} other {rejects}}} other {{action, select, accept {accept} other {reject}}}} some of them. Move rule {priority} above {conflictCount, plural, one {rule} other {rules}} {conflicting} or narrow {conflictCount, plural, one {rule {conflicting}} other {them}}.',
  'results.finding.redundant':
    '{rule} is redundant: without it, {later} {count, plural, one {{action, select, accept {accepts} other {rejects}}} other {{action, select, accept {accept} other {reject}}}} every packet it decides, so no verdict would change. Delete rule {priority} to keep the filter short.',
  'results.finding.matchesNothing': '{rule} matches no packet: {why}. Fix the rule or delete it.',
  'results.empty.type': 'its type {type} is neither IPv4 nor IPv6',
  'results.empty.protocol': 'its protocol {protocol} is unknown',
  'results.empty.cidr':
    'its {end, select, source {source} other {destination}} {text} is not an IPv{family} CIDR block',
  'results.empty.portRange':
    'its {end, select, source {source} other {destination}} port range {text} is not valid',
  'results.empty.ports': 'it has port ranges, and only TCP and UDP packets have ports',
  'results.finding.copiesNothing.noRule':
    'Filter "{filter}" copies no {way} packet: it has no {way} rule, so {way} packets fall through to lower-priority sessions. Add an accept rule for the {way} traffic to mirror.',
  'results.finding.copiesNothing.noAccept':
    'Filter "{filter}" copies no {way} packet: it has no {way} accept rule. Add an accept rule for the {way} traffic to mirror.',
  'results.finding.copiesNothing.deadAccepts':
    'Filter "{filter}" copies no {way} packet: its accept {count, plural, one {rule} other {rules}} {priorities} never {count, plural, one {decides} other {decide}}. Fix {count, plural, one {it} other {them}} as the other findings say.',
  'results.badge.neverCarried': 'Never carried',
  'results.badge.droppedBeforeMirroring': 'Dropped before mirroring',
  'results.finding.neverCarried.family':
    '{rule} never matches a packet its sources carry: {direction, select, ingress {an inbound packet is addressed to its source} other {an outbound packet comes from its source}}, and the rule matches only {ethertype} packets, and {sources} {count, plural, one {has} other {have}} no {ethertype} address. Make its {direction, select, ingress {destination} other {source}} hold one of these addresses, or delete the rule.',
  'results.finding.neverCarried.cidr':
    "{rule} never matches a packet its sources carry: {direction, select, ingress {an inbound packet is addressed to its source} other {an outbound packet comes from its source}}, and the rule's {direction, select, ingress {destination} other {source}} {cidr} holds no address of {sources}. Make its {direction, select, ingress {destination} other {source}} hold one of these addresses, or delete the rule.",
  'results.cause.networkAcl': 'the network ACL "{acl}" of the subnet of {source}',
  'results.cause.securityGroups':
    'the security {count, plural, one {group} other {groups}} {groups} of {source}',
  'results.finding.dropped':
    '{rule} matches only inbound packets that never reach their source: {causes} {count, plural, one {lets} other {let}} none of them in, so they are dropped before mirroring. Allow them there if they should be mirrored, or change the rule.{replyNote}',
  'results.note.reply':
    ' Replies to connections the interface opens still pass its security group and are decided as usual.',
  'results.copy.neverCarried':
    '{session} copies no packet from {source}: its filter accepts only {way} packets whose {direction, select, ingress {destination} other {source}} is another address. Add an accept rule whose {direction, select, ingress {destination} other {source}} holds {address}.',
  'results.copy.dropped':
    '{session} copies no packet: {cause} lets in none of the inbound packets its filter accepts, so they are dropped before mirroring. Allow them there if they should be mirrored, or accept other packets.{replyNote}',
  'results.copy.itsAddress': 'its address',
  'results.finding.neverReceives':
    '{session} never receives an {way} packet from {source}: {covering} {count, plural, one {decides} other {decide}} every {way} packet its filter matches. Give {quoted} a smaller priority than {others}, or narrow the {count, plural, one {filter} other {filters}} of {others}.',
  'results.finding.overlap':
    '{way} packets such as {packet} match {higher}, which {higherCopy}, and {lower}, which {lowerCopy}. Only {higherQuoted} sees them because its priority is smaller: if {lowerQuoted} should, give it the smaller priority or narrow the filter of {higherQuoted}.',
  'results.copy.copies': 'copies them to {target}',
  'results.copy.wouldCopy': 'would copy them to {target}',
  'results.copy.doesNotCopy': 'does not copy them',
  'results.copy.wouldNotCopy': 'would not copy them',
  'results.badge.copies': 'Copies',
  'results.badge.copiesNothing': 'Copies nothing',
  'results.badge.neverReceives': 'Never receives',
  'results.badge.overlap': 'Overlap',
  'results.line.copies': 'This session copies packets from {source}, such as this one.',
  'results.context.source': '{source}',
  'results.context.direction': '{way} direction',
  'results.context.rule': '{way} rule {priority}',
  'results.context.overlap': 'overlap on {source}, {way}',
  'results.context.copiedFrom': 'copied from {source}',
  'results.example.unknownRule': 'Filter "{filter}" has no rule {rule}.',
  'results.example.unknownRuleInRegion':
    'There is no rule {rule} in this region. Open the tester from a rule of this region.',
  'results.example.unknownSession': 'There is no session {session}.',
  'results.example.notASource': '{session} does not mirror {source}. Add the interface as a source first.',
  'results.example.disabled': '{session} is disabled and copies nothing. Enable it.',
  'results.example.preempted':
    '{session} copies no {way} packet from {source}: {blockers} {count, plural, one {decides} other {decide}} every packet it would copy. Give it a smaller priority or narrow the other filters.',
  'results.example.copiesNothing':
    '{session} copies no {way} packet: its filter accepts none. Add an accept rule to its filter.',
  'results.example.sourcesCarryNone':
    'The sources of its sessions carry no packet that {rule} matches. Test the rule on another source of its sessions.',
  'results.example.sourceCarriesNone':
    '{source} carries no packet that {rule} matches. Test the rule on another source of its sessions.',
  'results.condition.field':
    '{field, select, ethertype {Type} protocol {Protocol} source_cidr_block {Source} destination_cidr_block {Destination} source_port_range {Source port range} other {Destination port range}}',
  'results.condition.unknown': 'unknown',
  'results.condition.wants': '{field}: the rule wants {rule}, the packet is {packet}.',
  'results.condition.invalidCidr':
    "{field}: the rule's {rule} is not a valid CIDR block, so the rule matches nothing.",
  'results.condition.family':
    "{field}: the packet's {packet} is IPv{packetFamily}, the rule's {rule} is IPv{ruleFamily}.",
  'results.condition.notIn': "{field}: the packet's {packet} is not in {rule}.",
  'results.condition.invalidRange':
    "{field}: the rule's {rule} is not a valid range, so the rule matches nothing.",
  'results.condition.noPorts':
    '{field}: the rule wants ports {rule}, and the packet has no ports (only TCP and UDP have).',
  'results.admission.outbound':
    'Outbound packets are copied whatever the security group and network ACL say.',
  'results.admission.notInInventory':
    'The source is not in the inventory: its security group and network ACL were not checked.',
  'results.admission.aclDropsByRule':
    "The network ACL {acl} of the source's subnet drops the packet: its rule {rule} denies it.",
  'results.admission.aclDropsNoRule':
    "The network ACL {acl} of the source's subnet drops the packet: no rule allows it.",
  'results.admission.reply': 'A reply to a connection the source opened passes its stateful security group.',
  'results.admission.noSecurityGroup': 'The source has no security group.',
  'results.admission.allowed':
    "The source subnet's network ACL and the source's security group let the packet in.",
  'results.admission.groupDropsByRule':
    "The source's security group drops the packet: rule {rule} denies it.",
  'results.admission.groupDropsNoRule':
    "The source's security group drops the packet: no inbound rule allows it.",
  'results.delivery.targetUnknown': 'The target {target} is not in the inventory.',
  'results.delivery.noSourceAddress': 'The source has no IPv4 address to send VXLAN copies from.',
  'results.delivery.noTargetAddress': 'The target {target} has no IPv4 address to receive copies on.',
  'results.delivery.aclDropsByRule':
    "The network ACL {acl} of the target's subnet drops the copy (its rule {rule} denies it): add an inbound rule Allow, IPv4, UDP, source {source}/32, destination port {port}, above any rule that denies it.",
  'results.delivery.aclDropsNoRule':
    "The network ACL {acl} of the target's subnet drops the copy (no rule allows it): add an inbound rule Allow, IPv4, UDP, source {source}/32, destination port {port}, above any rule that denies it.",
  'results.delivery.aclAllows': "The target subnet's network ACL lets the copy in.",
  'results.delivery.groupDropsByRule':
    "The target's security group drops the copy (its rule {rule} denies it): add an inbound rule Allow, IPv4, UDP: {port}, source {source}/32, with a higher priority than any rule that denies it.",
  'results.delivery.groupDropsNoRule':
    "The target's security group drops the copy (it has no inbound rule allowing UDP {port} from {source}): add an inbound rule Allow, IPv4, UDP: {port}, source {source}/32, with a higher priority than any rule that denies it.",
  'results.delivery.allowed':
    "The target subnet's network ACL and the target's security group let the copy in.",
  'results.capture.error': '{problem}. {advice}',
  'results.capture.advice.EMPTY_FILE': 'Choose a pcap or pcapng capture file.',
  'results.capture.advice.NOT_A_CAPTURE':
    'Choose a pcap or pcapng file, for example one written by tcpdump -w or Wireshark.',
  'results.capture.advice.UNSUPPORTED_VERSION':
    'Save the capture again as pcap or pcapng (for example with editcap).',
  'results.capture.advice.TRUNCATED_HEADER': 'The file is cut short; copy it again in full.',
  'results.capture.advice.TRUNCATED_RECORD':
    'The file is cut short (was the capture still running?); the packets before it were read.',
  'results.capture.advice.CORRUPT_RECORD':
    'The file is damaged at this point; the packets before it were read.',
  'results.capture.empty': 'The file is empty (0 bytes)',
  'results.capture.gzip': 'The file is gzip-compressed, not a capture: decompress it first',
  'results.capture.zip': 'The file is a zip archive, not a capture: extract the capture first',
  'results.capture.tooShort': 'The file has only {bytes} bytes, too few for a capture file header',
  'results.capture.unknownMagic': 'The file is neither pcap nor pcapng: it starts with no known magic number',
  'results.capture.pcap.noMagic': 'The file does not start with a pcap magic number',
  'results.capture.pcap.shortHeader': 'The pcap file header needs 24 bytes but the file has {bytes}',
  'results.capture.pcap.version': 'The pcap file is of version {version}, not 2',
  'results.capture.pcap.recordHeaderCut':
    'Packet {packet}: its {size}-byte record header at byte {offset} is cut off after {bytes} bytes',
  'results.capture.pcap.overSnapshot':
    'Packet {packet} at byte {offset} claims {bytes} captured bytes, more than the snapshot length {snapshot}',
  'results.capture.pcap.recordCut':
    'Packet {packet} at byte {offset} has {bytes} bytes but the file ends after {left}',
  'results.capture.pcapng.noSection': 'The file does not start with a pcapng section header',
  'results.capture.pcapng.shortHeader': 'The pcapng section header needs 28 bytes but the file has {bytes}',
  'results.capture.pcapng.blockCut': 'The block at byte {offset} is cut off',
  'results.capture.pcapng.blockLength': 'The block at byte {offset} has an impossible length {length}',
  'results.capture.pcapng.blockTooLong':
    'The block at byte {offset} (packet {packet} or before) claims {bytes} bytes, more than any block may have ({limit})',
  'results.capture.pcapng.blockPastEnd':
    'The block at byte {offset} (packet {packet} or before) claims {bytes} bytes but the file ends after {left}',
  'results.capture.pcapng.blockEnd': 'The block at byte {offset} does not end with its length',
  'results.capture.pcapng.sectionCut': 'The section header block at byte {offset} is cut off',
  'results.capture.pcapng.byteOrder': 'The section header at byte {offset} has no byte-order magic',
  'results.capture.pcapng.version': 'The pcapng section at byte {offset} is of version {version}, not 1',
  'results.capture.pcapng.interfaceShort': 'The interface block at byte {offset} is too short',
  'results.capture.pcapng.packetShort': 'Packet {packet}: its block at byte {offset} is too short',
  'results.capture.pcapng.unknownInterface':
    'Packet {packet} at byte {offset} names interface {interface}, which the file never describes',
  'results.capture.pcapng.packetTooLong':
    'Packet {packet} at byte {offset} claims {bytes} bytes, more than its block holds',
} as const;
