/**
 * English messages of the `tester` area: the Packet Tester: packets, captures, verdicts as the page lays them out. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `tester.`; add it here and in zh-cn.ts together.
 */
import { chartMessages } from './charts-en';

export const messages = {
  'tester.page.title': 'Packet Tester',
  'tester.page.description':
    'Whether the mirror sessions of this region copy a packet, which session and rule decide, what the copy looks like and whether it reaches the target; or the same for every packet of a capture.',
  'tester.page.what': 'mirror configuration',
  'tester.page.tabs': 'What to test',
  'tester.page.tabPacket': 'One packet',
  'tester.page.tabCapture': 'Capture',

  'tester.words.action': '{action, select, accept {accept} other {reject}}',
  'tester.words.ruleTitle':
    '{direction, select, ingress {inbound} other {outbound}} rule {priority} ({action, select, accept {accept} other {reject}})',
  'tester.words.bytes': '{count, plural, one {# byte} other {# bytes}}',
  'tester.words.kilobytes': '{size, number, ::.0} KB',
  'tester.words.megabytes': '{size, number, ::.0} MB',

  'tester.form.name': 'Packet to test',
  'tester.form.interface': 'Network interface',
  'tester.form.interfaceHint': 'Name, IP address or ID of the interface.',
  'tester.form.direction': 'Direction',
  'tester.form.directionAuto': 'From the addresses',
  'tester.form.directionChoice': '{direction, select, ingress {Inbound (received)} other {Outbound (sent)}}',
  'tester.form.type': 'Type',
  'tester.form.protocol': 'Protocol',
  'tester.form.protocolOther': 'Other (number)',
  'tester.form.protocolNumber': 'Protocol number',
  'tester.form.length': 'Length (bytes)',
  'tester.form.lengthHint': 'IP packet, header included.',
  'tester.form.reply': 'Reply to a connection the interface opened',
  'tester.form.sourceIp': 'Source IP',
  'tester.form.sourcePort': 'Source port',
  'tester.form.destinationIp': 'Destination IP',
  'tester.form.destinationPort': 'Destination port',
  'tester.form.portsHint': 'Only TCP and UDP have ports.',
  'tester.form.submit': 'Test packet',
  'tester.form.swap': 'Swap source and destination',
  'tester.form.clear': 'New test',

  'tester.check.interfaceEmpty':
    'Enter the network interface the packet is seen on: its name, IP address or ID.',
  'tester.check.interfaceNameTaken':
    '{count, number} interfaces are named {name}. Enter its IP address or ID instead.',
  'tester.check.interfaceAddressTaken':
    '{count, number} interfaces have the address {address}. Enter its name or ID instead.',
  'tester.check.interfaceUnknown':
    'No network interface of this region has the name, IP address or ID "{text}". Choose one from the list.',
  'tester.check.protocolNumber': 'Enter the IP protocol number, 0-255 (47 is GRE).',
  'tester.check.addressFamily':
    'The {which, select, source {source} other {destination}} address is IPv{family} but the type is {ethertype}: choose type IPv{family} or enter an {ethertype} address.',
  'tester.check.port': 'Enter the {which, select, source {source} other {destination}} port, 0-65535.',
  'tester.check.length':
    'Enter the IP packet length in bytes, {minimum, number, ::group-off}-65535 (IP header included, Ethernet not).',
  'tester.check.direction':
    "Neither address is one of {name}'s ({addresses}), so the direction cannot be inferred. Choose it, or use one of its addresses.",
  'tester.check.directionNoAddresses':
    '{name} has no IP address, so the direction cannot be inferred. Choose it.',

  'tester.single.packet': 'Packet',
  'tester.single.noExample': 'No example packet to fill in',
  'tester.single.badLinkTitle': 'The packet in the address cannot be tested',
  'tester.single.badLinkBody': 'Fix the fields marked in the form and choose Test packet.',
  'tester.single.intro':
    'Enter a packet and choose Test packet. The verdict, the trace of every session and rule, and the copy sent to the target appear here, and the address can be shared to show the same test.',

  'tester.draft.title': 'Tested against your draft session "{name}", not yet created',
  'tester.draft.unnamed': 'new session',
  'tester.draft.body':
    "The region's sessions and this draft (priority {priority}) decide the verdicts below, as they will once the session is created.",
  'tester.draft.back': 'Back to the wizard',

  'tester.reason.ACCEPTED': 'Copied',
  'tester.reason.REJECTED': 'Rejected',
  'tester.reason.NO_MATCH': 'No rule matches',
  'tester.reason.NO_ENABLED_SESSION': 'No enabled session',
  'tester.reason.NOT_A_SOURCE': 'Not a mirror source',
  'tester.reason.DROPPED_BY_SECURITY_GROUP': 'Dropped by security group',
  'tester.reason.DROPPED_BY_NETWORK_ACL': 'Dropped by network ACL',
  'tester.reason.SKIPPED_NOT_IP': 'Skipped: not IP',
  'tester.reason.SKIPPED_TRUNCATED': 'Skipped: cut short',
  'tester.reason.SKIPPED_MALFORMED': 'Skipped: malformed',
  'tester.reason.SKIPPED_LINK_TYPE': 'Skipped: link type',
  'tester.reason.SKIPPED_OTHER_HOST': 'Skipped: other hosts',

  'tester.verdict.copiedHeadline': 'Copied',
  'tester.verdict.copied':
    'The packet is copied to {targetType, select, elb {load balancer} other {interface}} {target} by session {session}: its {rule} is the first rule that matches.',
  'tester.verdict.lostHeadline': 'Copied, but the copy does not reach the target',
  'tester.verdict.lost':
    'The packet is copied to {targetType, select, elb {load balancer} other {interface}} {target} by session {session}: its {rule} is the first rule that matches. The copy is dropped on the way: {note}',
  'tester.verdict.rejectedHeadline': 'Not copied: rejected',
  'tester.verdict.rejected':
    'The packet is not copied. It is rejected by session {session}: its {rule} is the first rule that matches; sessions after it are not looked at.',
  'tester.verdict.noMatchHeadline': 'Not copied: no rule matches',
  'tester.verdict.noMatch':
    'No {direction, select, ingress {inbound} other {outbound}} rule of {count, plural, one {its one enabled session} other {its # enabled sessions}} matches this packet on {where}. The trace shows the first condition each rule failed.',
  'tester.verdict.noEnabledHeadline': 'Not copied: no enabled session',
  'tester.verdict.noEnabled': 'Every mirror session of {where} is disabled. Enable one to copy its packets.',
  'tester.verdict.notSourceHeadline': 'Not copied: not a mirror source',
  'tester.verdict.notSource':
    '{where} is not a source of any mirror session. Add it to a session to copy its packets.',
  'tester.verdict.aclHeadline': 'Not copied: dropped by the network ACL',
  'tester.verdict.acl':
    'The packet never reaches {where}: the network ACL of its subnet drops it first, so it is not mirrored.',
  'tester.verdict.securityGroupHeadline': 'Not copied: dropped by the security group',
  'tester.verdict.securityGroup':
    'The packet never reaches {where}: its security group drops it first, so it is not mirrored. If the packet answers a connection {where} opened, tick Reply: security groups are stateful.',

  'tester.results.verdict': 'Verdict',
  'tester.results.differs': 'The verdict differs',
  'tester.results.same': 'Same verdict',
  'tester.results.saved': 'Saved configuration',
  'tester.results.edited': 'With the edited copy of {name}',
  'tester.results.editedUnnamed': 'With the edited copy of the filter',
  'tester.compare.decidedBy': '{reason} ({rule} of session {session})',
  'tester.compare.changes': 'The edit changes the verdict: {before} → {after}.',
  'tester.compare.otherRule': 'The verdict stays {reason}, but another rule decides: {after}.',
  'tester.compare.unchanged': "The edit does not change this packet's verdict: {after}.",

  'tester.summary.technical': 'Technical details',
  'tester.summary.reasonCode': 'Reason code',
  'tester.summary.sessionId': 'Session id',
  'tester.summary.ruleId': 'Rule id',
  'tester.summary.session': 'Deciding session',
  'tester.summary.sessionMeta':
    '· priority {priority}{draft, select, yes { · draft, not yet created} other {}}',
  'tester.summary.rule': 'Deciding rule',
  'tester.summary.ruleFilter': 'of {filter}',

  'tester.view.addressProblem': 'Not a packet this interface carries',
  'tester.view.packet': 'Packet',
  'tester.view.packetMeta':
    '· {length, plural, one {# byte} other {# bytes}} · {direction, select, ingress {inbound} other {outbound}} on {where}{inferred, select, yes { (direction from the addresses)} other {}}',
  'tester.view.trace': 'Trace',
  'tester.view.copy': 'Copy on the wire',

  'tester.trace.skipped': 'Skipped: disabled',
  'tester.trace.filterMissing': 'Filter missing',
  'tester.trace.decidesCopy': 'Decides: copy',
  'tester.trace.decidesNoCopy': 'Decides: do not copy',
  'tester.trace.nextSession': 'No rule matches: next session',
  'tester.trace.rule': 'Rule {priority}',
  'tester.trace.ruleDecides':
    'Matches: this rule decides ({action, select, accept {accept} other {reject}}).',
  'tester.trace.droppedBefore':
    'No session was looked at: the packet was dropped before it reached the interface.',
  'tester.trace.noSource': 'No session was looked at: no session lists this interface as a source.',
  'tester.trace.sessions': 'Sessions in evaluation order',
  'tester.trace.session': 'Session {name}',
  'tester.trace.sessionMeta': '· priority {priority} · filter {filter}',
  'tester.trace.noRules':
    'Its filter has no {direction, select, ingress {inbound} other {outbound}} rules: it copies no {direction, select, ingress {inbound} other {outbound}} packet.',
  'tester.trace.rules': '{direction, select, ingress {inbound} other {outbound}} rules of {name}',
  'tester.trace.notLookedAt': 'Not looked at (a session before decided): {names}.',

  'tester.copy.outerSource': 'Outer source',
  'tester.copy.outerDestination': 'Outer destination',
  'tester.copy.sourceUnknown': 'unknown (the source has no IPv4 address)',
  'tester.copy.targetUnknown': 'unknown (the target has no IPv4 address)',
  'tester.copy.udpPort': '· UDP port {port}',
  'tester.copy.originalFrame': 'Original frame',
  'tester.copy.frameNote': '(IP packet + 14-byte Ethernet header)',
  'tester.copy.bytesCopied': 'Bytes copied',
  'tester.copy.sourceMtu': 'Source MTU',
  'tester.copy.mtuAssumed': "(assumed: the interface's MTU is not reported)",
  'tester.copy.truncated': 'Truncated',
  'tester.copy.notTruncated': 'No: the whole {frame, plural, one {# byte} other {# bytes}} frame fits.',
  'tester.copy.truncatedByMtu': "Yes, by the source's MTU: {detail}.",
  'tester.copy.truncatedByLength':
    'Yes, cut to {copied, plural, one {# byte} other {# bytes}}: the session copies at most {limit, plural, one {# byte} other {# bytes}} of each packet (packet length).',
  'tester.copy.onWire': 'Copy on the wire',
  'tester.copy.onWireDetail':
    '= {headers, number} of headers (Ethernet {ethernet, number}, IPv4 {ipv4, number}, UDP {udp, number}, VXLAN {vxlan, number}) + {copied, number} copied',
  'tester.copy.reaches': 'The copy reaches the target',
  'tester.copy.notReaches': 'The copy does not reach the target',

  'tester.whatIf.title': 'What if',
  'tester.whatIf.intro':
    'Try a rule change before saving it: edit a copy of a filter here and compare the verdicts side by side. Nothing is saved.',
  'tester.whatIf.filter': 'Filter to copy',
  'tester.whatIf.start': 'Edit a copy',
  'tester.whatIf.copyTitle': 'What if: a copy of {name}',
  'tester.whatIf.discard': 'Discard the copy',
  'tester.whatIf.changed':
    'The verdicts above compare the saved filter with this copy. The copy lives in this page only; to keep a change, make it on the filter’s page.',
  'tester.whatIf.unchanged':
    'Edit, add or remove rules of the copy; the verdict with the copy then appears next to the saved one.',
  'tester.whatIf.removedList': 'Rules removed from the copy',
  'tester.whatIf.removed': 'Removed: {direction, select, ingress {inbound} other {outbound}} rule {priority}',
  'tester.whatIf.restore': 'Restore',
  'tester.whatIf.rulesOfCopy': '{direction, select, ingress {Inbound} other {Outbound}} rules of the copy',
  'tester.whatIf.rules': '{direction, select, ingress {Inbound} other {Outbound}} rules',
  'tester.whatIf.add': 'Add {direction, select, ingress {inbound} other {outbound}} rule',
  'tester.whatIf.empty':
    'No {direction, select, ingress {inbound} other {outbound}} rules: this filter copies no {direction, select, ingress {inbound} other {outbound}} packet.',
  'tester.whatIf.priority': 'Priority',
  'tester.whatIf.rule': 'Rule',
  'tester.whatIf.actions': 'Actions',
  'tester.whatIf.new': 'New',
  'tester.whatIf.edited': 'Edited',
  'tester.whatIf.edit': 'Edit',
  'tester.whatIf.editRule': 'Edit {direction, select, ingress {inbound} other {outbound}} rule {priority}',
  'tester.whatIf.remove': 'Remove',
  'tester.whatIf.removeRule':
    'Remove {direction, select, ingress {inbound} other {outbound}} rule {priority}',
  'tester.whatIf.editTitle':
    'Edit {direction, select, ingress {inbound} other {outbound}} rule {priority} of the copy',
  'tester.whatIf.addTitle': 'Add {direction, select, ingress {inbound} other {outbound}} rule to the copy',
  'tester.whatIf.apply': 'Apply to copy',
  'tester.whatIf.cancel': 'Cancel',
  'tester.whatIf.priorityTaken':
    'Another {direction, select, ingress {inbound} other {outbound}} rule of the copy has priority {priority}. Choose another priority.',
  'tester.whatIf.full':
    'A filter holds at most {limit, number} {direction, select, ingress {inbound} other {outbound}} rules. Remove one from the copy first.',

  'tester.capture.panel': 'Capture',
  'tester.capture.form': 'Capture to test',
  'tester.capture.interface': 'Interface the capture was taken on',
  'tester.capture.interfaceHint':
    'Packets to its addresses are inbound, from them outbound; others are skipped.',
  'tester.capture.from': 'Packets from',
  'tester.capture.fromFile': 'A capture file',
  'tester.capture.fromCsv': 'CSV lines',
  'tester.capture.file': 'Capture file',
  'tester.capture.fileHint':
    'pcap or pcapng, as written by tcpdump -w or Wireshark. It is read in this browser only.',
  'tester.capture.csv': 'Packets as CSV',
  'tester.capture.csvHint':
    'One packet per line: {columns}. Empty direction, type or length: from the addresses (length 64). Ports only for TCP and UDP. A first line naming the columns sets their order; lines starting with # are ignored.',
  'tester.capture.insertExample': 'Insert example lines',
  'tester.capture.run': 'Run capture',
  'tester.capture.chooseInterface': 'Choose the network interface the capture was taken on.',
  'tester.capture.chooseFile': 'Choose a capture file (pcap or pcapng).',
  'tester.capture.pasteLines': 'Paste at least one packet line, or insert the example.',
  'tester.capture.notTested': 'The capture was not tested',
  'tester.capture.badLines': '{count, plural, one {# line cannot be read} other {# lines cannot be read}}',
  'tester.capture.lineProblem': 'Line {line, number}: {problem}',
  'tester.capture.moreLines': '… and {count, number} more.',
  'tester.capture.fixLines': 'Fix these lines and run again.',
  'tester.capture.results': 'Results',
  'tester.capture.readerStopped':
    "The capture's file reader could not be started, or stopped without saying why. Reload the page and try again.",
  'tester.capture.readFailed': 'The capture could not be read: {detail}. Try again, or choose another file.',
  'tester.capture.writeFailed':
    'The copies could not be written: {detail}. Try again, or choose another file.',
  'tester.capture.workerStopped': 'The capture worker stopped: {detail}. Reload the page and try again.',
  'tester.capture.workerFailed':
    'The capture worker could not be started, or stopped without saying why. Reload the page and try again.',
  'tester.capture.runAgain': 'Run the capture again, then download the copies.',
  'tester.capture.notWritten': 'The copies could not be written.',

  'tester.progress.label': 'Capture progress',
  'tester.progress.read': 'Read {size}, {packets, plural, one {# packet} other {# packets}}',
  'tester.progress.stopping': 'Stopping…',
  'tester.progress.starting': 'Starting…',
  'tester.progress.reading':
    'Reading {size} of {total} · {packets, plural, one {# packet} other {# packets}}',
  'tester.progress.value': '{percent, number} %: {label}',
  'tester.progress.shown': '{percent, number} % · {label}',
  'tester.progress.cancel': 'Cancel',

  'tester.outcome.summary':
    '{total, plural, one {# packet} other {# packets}} read from {format, select, csv {the CSV lines} pcap {a pcap file} pcapng {a pcapng file} other {a capture file}} in {seconds, number, ::.0} s: {copied, number} copied, {notCopied, number} not copied, {skipped, number} skipped.',
  'tester.outcome.stoppedAt': 'Reading stopped at packet {packet, number} (byte {offset, number})',
  'tester.outcome.unreadable': 'The file cannot be read as a capture',
  'tester.outcome.before':
    'The results below cover the {count, plural, one {# packet} other {# packets}} before it.',
  'tester.outcome.cancelled': 'Cancelled',
  'tester.outcome.cancelledBody':
    'Reading stopped on request after {count, plural, one {# packet} other {# packets}}; the results cover those packets only.',
  'tester.outcome.byVerdict': 'Packets by verdict',
  'tester.outcome.noPackets': 'No packets.',
  'tester.outcome.bySession': 'Copies by session',
  'tester.outcome.noCopies': 'No packet was copied.',
  'tester.outcome.byRule': 'Packets by deciding rule',
  'tester.outcome.noRule': 'No rule decided a packet.',
  'tester.outcome.ruleLabel': '{filter}: {rule}',
  'tester.outcome.show': 'Show',
  'tester.outcome.all': 'All packets ({count, number})',
  'tester.outcome.option': '{label} ({count, number})',
  'tester.outcome.showing': 'Showing {shown, number} of {total, plural, one {# packet} other {# packets}}',
  'tester.outcome.share': '{share, number, ::.0} %',
  'tester.outcome.codeTitle': '{label} ({code})',
  'tester.outcome.download':
    'Download copies (pcap, {count, plural, one {# VXLAN frame} other {# VXLAN frames}})',
  'tester.outcome.writing': 'Writing copies…',

  'tester.table.region': 'Packets, scrollable',
  'tester.table.name': 'Packets of the capture',
  'tester.table.way': 'Way',
  'tester.table.packet': 'Packet',
  'tester.table.verdict': 'Verdict',
  'tester.table.session': 'Session',
  'tester.table.rule': 'Rule',
  'tester.table.test': 'Test',
  'tester.table.empty': 'No packet has this verdict. Choose another in Show.',
  'tester.table.reading': 'Reading packet…',
  'tester.table.wayIn': 'in',
  'tester.table.wayOut': 'out',
  'tester.table.ruleCell': 'rule {priority} ({action, select, accept {accept} other {reject}})',
  'tester.table.testAlone': 'Test packet {number, number} alone',
  'tester.table.notIp': 'Not an IP packet · {frame, number} B frame',
  'tester.table.summary': '{protocol} {from} → {to} · {length, number} B',

  'tester.csv.notColumn': '"{name}" is not a column. Use: {columns}.',
  'tester.csv.missingColumn': 'The header has no {name} column; it is required.',
  'tester.csv.protocol': 'protocol: write TCP, UDP, ICMP, ICMPV6 or a protocol number 0-255.',
  'tester.csv.address': '{field}: {problem}',
  'tester.csv.mixedFamilies': 'source_ip and destination_ip must be both IPv4 or both IPv6.',
  'tester.csv.ethertype': 'ethertype: the addresses are IPv{family}; write IPv{family} or leave it empty.',
  'tester.csv.notSeen':
    'neither {source} nor {destination} is an address of {name} ({addresses}), so the packet is not seen on it. Use one of its addresses.',
  'tester.csv.direction': 'direction: write ingress or egress, or leave it empty.',
  'tester.csv.wrongDirection':
    'direction: the packet goes {inferred, select, egress {from {source}} other {to {destination}}}, an address of {name}, so it is {inferred}, not {direction}.',
  'tester.csv.port': '{field}: write a port 0-65535 (TCP and UDP need ports).',
  'tester.csv.length': 'length: write the IP packet length in bytes, {minimum, number, ::group-off}-65535.',
  'tester.csv.tooManyValues': '{values, number} values, but the header has {columns, number} columns.',
  'tester.csv.noLines': 'No packet lines: paste at least one.',
  ...chartMessages,
} as const;
