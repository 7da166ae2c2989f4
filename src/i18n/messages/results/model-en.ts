/**
 * English words of the domain model's results: warnings W1-W4, constraint violations, quota and
 * field checks, rule sentences, and the API's refusals as the console explains them
 * (docs/architecture.md, "Languages"). Every id is `results.<id>` for an id of the domain's
 * `ResultMessageId` (src/domain/model/message.ts); the mock API's `error_msg` is formatted from
 * these English messages, so the console and the API say the same thing.
 */
const DIR = '{direction, select, ingress {inbound} other {outbound}}';
const SHARED = 'An interface cannot be a source and a target at the same time;';
const SUGGEST = '{next, select, none {} other {, such as {next}}}';
const QUOTA = '(quota "{label}": {value}, in use: {used})';
const EXAMPLE = '{family, select, 4 {10.0.0.0/24} other {2001:db8::/32}}';
const END = '{end, select, first {first} other {last}}';

export const modelMessages = {
  'results.plain': '{text}',
  'results.sentences': '{first} {next}',
  'results.kind.source.eni': 'Elastic network interface (ENI)',
  'results.kind.target.eni': 'Network interface',
  'results.kind.target.elb': 'Load balancer',
  'results.kind.loadBalancerNote':
    'Copies go to its private address (VIP), so any load balancer in a VPC your sources can reach can receive them, with or without a public IP.',
  'results.label.quoted': '"{name}"',
  'results.label.loadBalancer': 'load balancer {name}',
  'results.label.vpc': 'VPC {name}',
  'results.label.more': '{count, number} more',
  'results.warningTitle.W1': 'Target security group blocks copies',
  'results.warningTitle.W2': 'Target network ACL blocks copies',
  'results.warningTitle.W3': 'Copies are cut to fit the MTU',
  'results.warningTitle.W4': 'Nothing is copied',
  'results.warningLabel': '{code} {title}',
  'results.w1.head':
    'The target "{target}" does not accept copies from {source} ({ip}): its security groups do not allow inbound UDP {port} from that address.',
  'results.w1.noGroup': '{head} Attach a security group that allows it.',
  'results.w1.denied': '{head} Rule {rule} denies it at priority 1; remove that rule or narrow it.',
  'results.w1.addRule': '{head} Add an inbound rule allowing UDP {port} from {ip}/32.',
  'results.w2.ruleDenies':
    'The network ACL "{acl}" of the target\'s subnet drops copies from {source} ({ip}): its rule "{rule}" denies inbound UDP {port}. Add an inbound allow rule for UDP from {ip}/32 to port {port}, above any deny rule.',
  'results.w2.noRuleAllows':
    'The network ACL "{acl}" of the target\'s subnet drops copies from {source} ({ip}): no rule allows inbound UDP {port}. Add an inbound allow rule for UDP from {ip}/32 to port {port}, above any deny rule.',
  'results.w3.cut':
    "{whole, select, yes {the whole {inner}-byte frame} other {the {kept} bytes that the packet length keeps of the {inner}-byte frame}} would make a {outer}-byte outer IP packet ({overhead} bytes of IPv4, UDP and VXLAN headers + {kept}), {over} bytes more than {assumed, select, yes {the assumed MTU of {mtu} (the source's MTU is not reported)} other {the source's MTU of {mtu}}}, so the source cuts the copy by {cut} bytes, to {copied} bytes",
  'results.w3.head':
    "Copies from {source} with this session's packet length of {length} are cut: for a full-size packet ({mtu} bytes), {cut}.",
  'results.w3.noLength': "{head} No packet length avoids it: raise the source's MTU.",
  'results.w3.setLength': "{head} Set this session's packet length to {limit} or less.",
  'results.w4.disabled': 'This session is disabled and copies nothing. Enable it to start mirroring.',
  'results.w4.noRule': `Filter "{filter}" has no ${DIR} rule, so no ${DIR} traffic is copied. Add an ${DIR} rule to copy it.`,
  'results.fix.before': 'Before rule "{rule}"',
  'results.fix.onlyRule': 'The only inbound rule',
  'results.fix.afterLast': 'After the last inbound rule',
  'results.quota.sources_per_session': 'Mirror sources per session',
  'results.quota.sessions_per_source': 'Mirror sessions per source',
  'results.quota.targets_per_session': 'Mirror targets per session',
  'results.quota.sessions_per_eni_target': 'Mirror sessions per network interface target',
  'results.quota.sessions_per_elb_target': 'Mirror sessions per load balancer target',
  'results.quota.filters_per_session': 'Mirror filters per session',
  'results.quota.sessions_per_filter': 'Mirror sessions per filter',
  'results.quota.ingress_rules_per_filter': 'Inbound rules per mirror filter',
  'results.quota.egress_rules_per_filter': 'Outbound rules per mirror filter',
  'results.quota.sessions_per_region': 'Mirror sessions per region',
  'results.quota.sourcesPerSession': `A session can have at most {value} sources and this one would have {count} ${QUOTA}. Remove sources, or raise the quota in Settings.`,
  'results.quota.sessionsPerSource': `{source} already has {used, plural, one {{used} mirror session} other {{used} mirror sessions}} ${QUOTA}. Choose another source or delete one of its sessions.`,
  'results.quota.sessionsPerTarget': `{target} already receives {used, plural, one {{used} mirror session} other {{used} mirror sessions}} ${QUOTA}. Choose another target or delete one of its sessions.`,
  'results.quota.sessionsPerRegion': `This region already has {used, plural, one {{used} mirror session} other {{used} mirror sessions}} ${QUOTA}. Delete a session first.`,
  'results.quota.sessionsPerFilter': `This filter is already used by {used, plural, one {{used} session} other {{used} sessions}} ${QUOTA}. Choose another filter or create a new one.`,
  'results.quota.rulesPerFilter': `This filter already has {used, plural, one {{used} ${DIR} rule} other {{used} ${DIR} rules}} ${QUOTA}. Delete a rule or use another filter.`,
  'results.quota.unknown': 'There is no quota named {key}.',
  'results.quota.fixed': '{label} is fixed at {value} and cannot be changed.',
  'results.quota.enterValue': 'Enter a whole number from {floor} to {max}.',
  'results.quota.enterValueInUse': 'Enter a whole number from {floor} to {max} ({label}: {used} in use).',
  'results.source.missing': 'There is no network interface {id}. Choose an existing interface as the source.',
  'results.source.notC7t':
    '{source} cannot be a mirror source: its ECS "{server}" is {flavor}. Only interfaces of c7t ECSs can be sources; choose another interface.',
  'results.source.notOnEcs':
    '{source} cannot be a mirror source: it is not attached to an ECS. Only interfaces of c7t ECSs can be sources; choose another interface.',
  'results.source.isThisTarget': `{source} is this session's mirror target. ${SHARED} choose another source.`,
  'results.source.isTargetOf': `{source} is the mirror target of session "{session}". ${SHARED} choose another source.`,
  'results.source.priorityTaken': `Session "{session}" already mirrors {source} at priority {priority}. Sessions that share a source need different priorities; choose another priority${SUGGEST}.`,
  'results.source.unreachable':
    '{source} ({sourceVpc}) cannot reach {target} ({targetVpc}). Connect the VPCs with an active VPC peering or an enterprise router, or choose a source and target in the same VPC.',
  'results.source.alreadyInSession': '{source} is already a source of this session. Remove it from the list.',
  'results.source.listedTwice': '{source} is listed more than once. List each source once.',
  'results.source.notInSession': '{source} is not a source of this session. Choose one of its sources.',
  'results.target.missing':
    'There is no {kind, select, eni {network interface} other {load balancer}} {id}. Choose an existing {kind, select, eni {network interface} other {load balancer}} as the target.',
  'results.target.isThisSource': `{target} is a mirror source of this session. ${SHARED} choose another target.`,
  'results.target.isSourceOf': `{target} is a mirror source of session "{session}". ${SHARED} choose another target.`,
  'results.filter.missing': 'There is no mirror filter {id}. Choose an existing filter.',
  'results.filter.inUse':
    'This filter is used by {count, plural, one {session} other {sessions}} {names}. Delete {count, plural, one {the session} other {those sessions}} or give {count, plural, one {it} other {them}} another filter first.',
  'results.rule.priorityTaken': `Another ${DIR} rule of this filter already has priority {priority}. Choose another priority${SUGGEST}.`,
  'results.region.unavailable':
    'Traffic Mirroring is not offered in {region}. Switch to a region that offers it, such as {example}.',
  'results.eligibility.notEligible': 'Not eligible: {reasons}',
  'results.eligibility.source.C1': 'not on a c7t ECS',
  'results.eligibility.source.C2': 'a mirror target',
  'results.eligibility.source.C3': 'cannot reach the target',
  'results.eligibility.source.C4': 'priority taken',
  'results.eligibility.source.C6': 'no such interface',
  'results.eligibility.source.QUOTA': 'at its sessions quota',
  'results.eligibility.target.C2': 'a mirror source',
  'results.eligibility.target.C3': 'not reachable from a source',
  'results.eligibility.target.C6': 'no such target',
  'results.eligibility.target.QUOTA': 'at its sessions quota',
  'results.eligibility.otherRule': 'rule {code}',
  'results.rule.sentence': '{action, select, accept {Mirror} other {Do not mirror}} {match}.',
  'results.rule.match': '{what} {source} {destination}',
  'results.rule.what': '{protocol} ({ethertype}) packets',
  'results.rule.whatAll': '{ethertype} packets',
  'results.rule.end': '{side, select, source {from source} other {to destination}} {cidr}{ports}',
  'results.rule.endAny': '{side, select, source {from any source} other {to any destination}}{ports}',
  'results.rule.anyPort': ' over any port',
  'results.rule.port': ' over port {port}',
  'results.rule.portPair': ' over port {from} or {to}',
  'results.rule.ports': ' over ports {range}',
  'results.field.nameEmpty': 'Enter a name.',
  'results.field.nameChars':
    'Names can use only letters, digits, CJK characters, _, - and . (remove {chars}).',
  'results.field.nameLength': 'Shorten the name to {max} characters or fewer (it has {length}).',
  'results.field.descriptionChars': 'Remove < and > from the description.',
  'results.field.descriptionLength':
    'Shorten the description to {max} characters or fewer (it has {length}).',
  'results.field.descriptionType': 'Enter the description as text.',
  'results.session.filter': 'Choose a mirror filter.',
  'results.session.sources': 'Choose at least one mirror source (an elastic network interface).',
  'results.session.source': 'Each mirror source must be a network interface id.',
  'results.session.target': 'Choose a mirror target.',
  'results.session.targetType': 'Choose a target type: eni (a network interface) or elb (a load balancer).',
  'results.session.priority': 'Enter a priority from {min} to {max}.',
  'results.session.vni': 'Enter a VNI from 0 to {max}.',
  'results.session.packetLength': 'Enter a packet length from 1 to {max} bytes.',
  'results.session.enabled': 'Set enabled to true or false.',
  'results.session.type': 'The session type can only be eni.',
  'results.session.sourcesByUpdate':
    'Sources cannot be changed by an update. Use add-sources or remove-sources.',
  'results.filter.type': 'The filter type can only be eni.',
  'results.ruleField.filter': 'Choose the mirror filter of this rule.',
  'results.ruleField.direction': 'Choose a direction: ingress (inbound) or egress (outbound).',
  'results.ruleField.protocol': 'Choose a protocol: TCP, UDP, ICMP, ICMPV6 or ALL.',
  'results.ruleField.ethertype': 'Choose a type: IPv4 or IPv6.',
  'results.ruleField.action': 'Choose an action: accept (copy) or reject (do not copy).',
  'results.ruleField.priority': 'Enter a rule priority from 1 to {max}.',
  'results.ruleField.cidr':
    'Enter a CIDR block such as 10.0.0.0/24 as text, or leave it empty for any address.',
  'results.ruleField.ports': 'Enter a port range such as 80-80 as text, or leave it empty for any port.',
  'results.ruleField.moveFilter':
    'A rule cannot move to another filter. Delete it and create it in the other filter.',
  'results.ruleField.moveDirection':
    'The direction of a rule cannot change. Delete it and create it in the other direction.',
  'results.coherence.icmpV4': 'ICMP rules must use IPv4. Choose IPv4, or use ICMPV6 for IPv6.',
  'results.coherence.icmpV6': 'ICMPV6 rules must use IPv6. Choose IPv6, or use ICMP for IPv4.',
  'results.coherence.ports':
    'Port ranges apply only to TCP and UDP. Clear the {side, select, source {source} other {destination}} port range, or choose TCP or UDP.',
  'results.coherence.family':
    'This rule is {ethertype} but the {side, select, source {source} other {destination}} {cidr} is IPv{family}. Enter an {ethertype} CIDR block, or choose IPv{family}.',
  'results.fault.latency': 'Enter whole milliseconds from 0 to {max}.',
  'results.fault.failureRate':
    'Enter a failure rate from 0 to 100 % of calls (a share from 0 to 1 over the API).',
  'results.fault.failurePath': 'Enter a path pattern such as /v1/*/ports, or nothing for every path.',
  'results.fault.failurePathLength': 'Shorten the path pattern to {max} characters or fewer.',
  'results.fault.failurePathStart': 'Start the path pattern with / or *, e.g. /v1/*/ports.',
  'results.fault.unknown': 'Send only latency_min_ms, latency_max_ms, failure_rate and failure_path.',
  'results.fault.latencyOrder': 'Make the longest latency at least the shortest one ({min} ms).',
  'results.net.ip.enter': 'Enter an IP address such as 10.0.0.1 or 2001:db8::1.',
  'results.net.ip.spaces': 'Remove the spaces from the address.',
  'results.net.ip.zone': 'Remove the zone id (the part from %): it is not accepted here.',
  'results.net.v4.tooLarge': 'Each number of an IPv4 address must be 0-255: {number} is too large.',
  'results.net.v4.leadingZeros': 'Remove the leading zeros: write {fixed}, not {typed}.',
  'results.net.v4.notFull': 'Write the address in full: {full} is not accepted as {typed}.',
  'results.net.v4.parts': 'An IPv4 address has exactly 4 numbers separated by dots.',
  'results.net.v4.invalid': '{address} is not a valid IPv4 address.',
  'results.net.v6.gapTwice': 'Use :: only once in an IPv6 address.',
  'results.net.v6.chars':
    'An IPv6 address holds only hexadecimal digits and colons (and may end in an IPv4 address).',
  'results.net.v6.groupLong':
    'Each group of an IPv6 address has at most 4 hexadecimal digits: {group} is too long.',
  'results.net.v6.form':
    'Write an IPv6 address as 8 groups of hexadecimal digits, or fewer with :: once, such as 2001:db8::1.',
  'results.net.spaces.write': 'Remove the spaces: write {text}.',
  'results.net.cidr.family': `Enter an IPv{family} CIDR block here, such as ${EXAMPLE}: {cidr} is IPv{actual}.`,
  'results.net.cidr.spaces': 'Remove the spaces from the CIDR block.',
  'results.net.cidr.zone': 'Remove the zone id (the part from %): a CIDR block has none.',
  'results.net.cidr.slash':
    'Write one / followed by the prefix length, such as 10.0.0.0/24 or 2001:db8::/32.',
  'results.net.cidr.addPrefix': 'Add the prefix length: write {cidr} for this one address.',
  'results.net.cidr.enter': 'Enter a CIDR block such as 10.0.0.0/24 or 2001:db8::/32.',
  'results.net.cidr.prefixZeros': 'Write the prefix length without leading zeros: /{fixed}, not /{typed}.',
  'results.net.cidr.prefixRange': 'The prefix length must be 0-{max} for IPv{family}.',
  'results.net.ports.spaces': 'Remove the spaces from the port range.',
  'results.net.ports.outOfRange': 'Ports are 1-65535: {text} is out of range.',
  'results.net.ports.single': 'Write a single port as a range: {range}.',
  'results.net.ports.form': 'Write the range as from-to with two ports 1-65535, such as 10000-10001.',
  'results.net.ports.endEmpty': `Enter the ${END} port.`,
  'results.net.ports.endNotNumber': `The ${END} port must be a whole number 1-65535: {text} is not.`,
  'results.net.ports.endZeros': `Remove the leading zeros from the ${END} port: write {port}.`,
  'results.net.ports.endRange': `Ports are 1-65535: the ${END} port {text} is out of range.`,
  'results.net.ports.order': 'The first port must not be greater than the last: write {range}.',
  'results.apiError.badBody': 'The request could not be read. Reload the page and try again.',
  'results.apiError.invalidFields': 'Some values were refused. Correct them and try again.',
  'results.apiError.constraint':
    'Traffic Mirroring does not allow this combination of source, target and network. Change the sources or the target.',
  'results.apiError.notFound': 'It no longer exists. Reload the page to see what is there now.',
  'results.apiError.quota':
    'A quota would be exceeded. Delete what is no longer needed, or raise the quota in Settings.',
  'results.apiError.conflict':
    'This conflicts with what is already there (a priority or a name in use, a filter still used). Reload the page and choose again.',
  'results.apiError.region': 'Traffic Mirroring is not offered in this region. Switch to another region.',
  'results.apiError.method': 'The service does not take this request. Reload the page and try again.',
  'results.apiError.tooLarge': 'The request is too large. Send less at once.',
  'results.apiError.internal':
    'The service failed. Try again; if it keeps failing, quote the request ID to support.',
  'results.apiError.unavailable': 'The service is temporarily unavailable. Try again.',
  'results.apiError.consoleRequest':
    'The console server could not tell which region this request is for. Choose the region again.',
  'results.apiError.consoleAccess':
    'This console needs its access link. Open the link printed when the console server started.',
  'results.apiError.consoleRefused':
    "The console server refused this request: it is read-only, or the request did not come from the console's own page. Open the console from its access link.",
  'results.apiError.consoleNotFound':
    'The console server does not know this project or path. Choose the region again.',
  'results.apiError.cloudUnreachable':
    'The cloud could not be reached. Check the network connection and try again.',
  'results.apiError.cloudTimeout': 'The cloud did not answer within 30 seconds. Try again.',
  'results.apiError.code': 'Error code',
  'results.apiError.requestId': 'Request ID',
} as const;
