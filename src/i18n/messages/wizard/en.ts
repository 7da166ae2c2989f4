/**
 * English messages of the `wizard` area: the Create mirror session wizard. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `wizard.`; add it here and in zh-cn.ts together. `{names}` is a list of
 * quoted filter names, already joined in the language (`namesList`).
 */
export const messages = {
  'wizard.page.title': 'Create mirror session',
  'wizard.page.description':
    'Copy the traffic of network interfaces to an inspection target, filtered by the rules you choose.',
  'wizard.page.notOffered': 'Traffic Mirroring is not offered in this region',
  'wizard.page.what': 'mirroring data',
  'wizard.page.created': 'Mirror session “{name}” was created.',

  'wizard.steps.label': 'Wizard steps',
  'wizard.steps.number': 'Step {number, number}',
  'wizard.steps.position': 'Step {number, number} of {total, number}',
  'wizard.step.session': 'Configure session',
  'wizard.step.filter': 'Select filter',
  'wizard.step.sources': 'Select sources',
  'wizard.step.target': 'Select target',
  'wizard.step.review': 'Review and create',
  'wizard.intro.session':
    'Name the session and set how it copies: its priority among sessions that share a source, the VXLAN network identifier and how many bytes of each packet are copied.',
  'wizard.intro.filter':
    'The filter decides which packets are copied: its rules are checked from the smallest priority up, and the first rule a packet matches accepts or rejects it.',
  'wizard.intro.sources':
    'Choose the network interfaces whose traffic is copied. Only interfaces of c7t ECSs can be sources, and each can be in at most 3 sessions.',
  'wizard.intro.target':
    "Choose where the copies go: a network interface or a load balancer that your source VPCs can reach. Copies travel inside the VPCs, to the interface's or the load balancer's private address.",
  'wizard.intro.review':
    'Check every choice before the session is created. {count, plural, =0 {Nothing is created until you select Create session.} one {The session is created when you select Create session. The filter {names} was already created in step 2.} other {The session is created when you select Create session. The filters {names} were already created in step 2.}}',

  'wizard.footer.cancel': 'Cancel',
  'wizard.footer.previous': 'Previous',
  'wizard.footer.next': 'Next',
  'wizard.footer.create': 'Create session',
  'wizard.footer.creating': 'Creating session…',

  'wizard.field.name': 'Name',
  'wizard.field.nameHint': '1 to 64 letters, digits, CJK characters, _, - or .',
  'wizard.field.description': 'Description',
  'wizard.field.descriptionHint': 'Optional; up to 255 characters, without < or >.',
  'wizard.field.priority': 'Priority',
  'wizard.field.priorityHint':
    '1 to {max, number, ::group-off}, smaller first. Sessions sharing a source need different priorities.',
  'wizard.field.priorityHintFree':
    '1 to {max, number, ::group-off}, smaller first. {priority, number, ::group-off} is the lowest free on every chosen source.',
  'wizard.field.priorityHintNone':
    '1 to {max, number, ::group-off}, smaller first. No priority is free on every chosen source.',
  'wizard.field.usePriority': 'Use priority {priority, number}',
  'wizard.field.vni': 'VNI',
  'wizard.field.vniHint': 'VXLAN network identifier of the copies, 0 to {max, number, ::group-off}.',
  'wizard.field.packetLength': 'Packet length (bytes)',
  'wizard.field.packetLengthHint': 'Bytes of each packet that are copied, 1 to {max, number, ::group-off}.',
  'wizard.field.enabled': 'Enabled',
  'wizard.field.enabledHint': 'A disabled session copies nothing until you enable it.',

  'wizard.table.name': 'Name',
  'wizard.table.available': 'Available',
  'wizard.table.sessions': 'Sessions',
  'wizard.table.usage': '{used, number} / {limit, number}',
  'wizard.table.cannotUse': 'Cannot be used',
  'wizard.table.notAvailable': 'Not available',
  'wizard.table.chosen': 'Chosen.',
  'wizard.table.interfaces': 'Network interfaces',
  'wizard.table.noInterfaces': 'This region has no network interfaces attached to ECSs.',
  'wizard.table.ipAddress': 'IP address',
  'wizard.table.ecs': 'ECS',
  'wizard.table.vpc': 'VPC',
  'wizard.table.notAttached': 'Not attached',

  'wizard.filter.legend': 'Filter',
  'wizard.filter.mode.existing': 'Use an existing filter',
  'wizard.filter.mode.new': 'Create a new filter',
  'wizard.filter.created':
    'Filter “{name}” was created with {count, plural, one {# rule} other {# rules}} and is selected.',
  'wizard.filter.table': 'Mirror filters',
  'wizard.filter.inbound': 'Inbound',
  'wizard.filter.outbound': 'Outbound',
  'wizard.filter.rules': 'Rules',
  'wizard.filter.noRules': 'No rules: a session with this filter copies nothing.',
  'wizard.filter.ruleTag': '{direction, select, ingress {In} other {Out}} {priority, number}',
  'wizard.filter.full':
    'Already used by {count, number} sessions, the most a filter can serve. Choose another filter or create one.',
  'wizard.filter.usable':
    '{empty, select, ingress {Can be used; copies nothing inbound (no rules).} egress {Can be used; copies nothing outbound (no rules).} both {Can be used; copies nothing inbound or outbound (no rules).} other {Can be used.}}',
  'wizard.filter.empty': 'This region has no mirror filters yet. Create one with the option above.',

  'wizard.newFilter.title': 'New filter',
  'wizard.newFilter.name': 'Filter name',
  'wizard.newFilter.description': 'Filter description',
  'wizard.newFilter.rulesNote':
    'Rules are checked from the smallest priority up; the first rule a packet matches decides. CIDR blocks look like 10.0.0.0/24, port ranges like 80-80 or 1000-2000; leave them empty for any.',
  'wizard.newFilter.notReady': 'The filter is not ready',
  'wizard.newFilter.create': 'Create filter and use it',
  'wizard.newFilter.creating': 'Creating filter…',
  'wizard.newFilter.rulesHeading': '{direction, select, ingress {Inbound rules} other {Outbound rules}}',
  'wizard.newFilter.addRule': '{direction, select, ingress {Add inbound rule} other {Add outbound rule}}',
  'wizard.newFilter.rulesFull':
    '{direction, select, ingress {A filter can have at most {limit, number} inbound rules.} other {A filter can have at most {limit, number} outbound rules.}} Remove one to add another.',
  'wizard.newFilter.noRules':
    '{direction, select, ingress {No inbound rules: the session will copy no inbound traffic.} other {No outbound rules: the session will copy no outbound traffic.}}',
  'wizard.newFilter.rule':
    '{direction, select, ingress {Inbound rule {number, number}} other {Outbound rule {number, number}}}',
  'wizard.newFilter.ruleCreated': 'created',
  'wizard.newFilter.remove': 'Remove',
  'wizard.newFilter.removeRule':
    '{direction, select, ingress {Remove inbound rule {number, number}} other {Remove outbound rule {number, number}}}',
  'wizard.newFilter.failed': 'The filter was not created: {message}',
  'wizard.newFilter.ruleFailed':
    'The filter "{name}" was created, but its {direction, select, ingress {inbound rule {number, number}} other {outbound rule {number, number}}} was not: {message} Fix the rule and create again; what was created is kept.',

  'wizard.sources.search': 'Search interfaces',
  'wizard.sources.searchHint': 'By name, IP address, ECS, flavor or VPC.',
  'wizard.sources.chosen':
    '{count, number} / {limit, number} sources chosen{count, plural, =0 {} other {: {names}}}',
  'wizard.sources.flavor': 'Flavor',
  'wizard.sources.canBe': 'Can be a source.',
  'wizard.sources.full':
    'The session already has {count, number} sources, the most allowed ({limit, number}). Remove a source to choose this one.',
  'wizard.sources.useFree': 'Use priority {priority, number} instead',
  'wizard.sources.noMatch': 'No interface matches “{query}”. Clear the search to see them all.',

  'wizard.target.legend': 'Target type',
  'wizard.target.type': '{type, select, eni {Network interface} other {Load balancer}}',
  'wizard.target.eniHint': 'An ECS interface running your analysis tool; up to 10 sessions each.',
  'wizard.target.elbHint':
    'Spreads copies over several tools; up to 200 sessions each. Copies go to its private address (VIP), so any load balancer in a VPC your sources can reach can receive them, with or without a public IP.',
  'wizard.target.canBe': 'Can be the target.',
  'wizard.target.loadBalancers': 'Load balancers',
  'wizard.target.vip': 'VIP',
  'wizard.target.subnet': 'Subnet',
  'wizard.target.securityGroups': 'Security groups',
  'wizard.target.noLoadBalancers':
    'This region has no load balancers. Choose a network interface as the target.',

  'wizard.warnings.title':
    '{count, plural, one {# warning} other {# warnings}}: the session can be created, but it will not copy or deliver everything',
  'wizard.warnings.item': '{label}: {text}',
  'wizard.warnings.setLength': 'Set the packet length to {length, number}',
  'wizard.warnings.enable': 'Enable the session',

  'wizard.review.failed': 'The session was not created',
  'wizard.review.fixFields': 'Correct the fields marked below, then create again. Your choices are kept.',
  'wizard.review.kept': 'Your choices are kept.',
  'wizard.review.retry': 'Retry',
  'wizard.review.section':
    '{step, select, session {Session} filter {Filter} sources {Sources} other {Target}}',
  'wizard.review.edit': 'Edit',
  'wizard.review.editSection':
    '{step, select, session {Edit session} filter {Edit filter} sources {Edit sources} other {Edit target}}',
  'wizard.review.packetLength': 'Packet length',
  'wizard.review.bytes': '{length, number} bytes',
  'wizard.review.enabled': '{enabled, select, yes {Yes} other {No}}',
  'wizard.review.noRules': 'None: nothing is copied.',
  'wizard.review.rule': '{direction, select, ingress {Inbound} other {Outbound}} {priority, number}: {rule}',
  'wizard.review.sources': 'Sources ({count, number})',
  'wizard.review.at': '{name} ({address})',
  'wizard.review.noIpv4': 'no IPv4',
  'wizard.review.noAddress': 'no address',
  'wizard.review.type': 'Type',
  'wizard.review.target': 'Target',
  'wizard.analysis.title': 'Traffic analysis',
  'wizard.analysis.body':
    "What this session will receive beside the region's other sessions, found exactly from the rules and priorities. The packet tester tests example packets against the saved sessions and this one.",
  'wizard.analysis.test': 'Test this packet',

  'wizard.draft.title': 'Resume your unfinished session?',
  'wizard.draft.body':
    '{named, select, yes {A draft named “{name}”} other {A draft without a name}} was saved {when}, at the step “{step}”. {count, plural, =0 {} one {The filter {names} was already created. } other {The filters {names} were already created. }}Resume it, or discard it and start a new session.',
  'wizard.draft.earlier': 'earlier',
  'wizard.draft.resume': 'Resume draft',
  'wizard.draft.startOver': 'Discard and start over',
  'wizard.draft.keep': 'Keep the draft',

  'wizard.discard.title': 'Discard this session draft?',
  'wizard.discard.keepEditing': 'Keep editing',
  'wizard.discard.discard': 'Discard draft',
  'wizard.discard.deleting': 'Deleting…',
  'wizard.discard.retry': 'Retry',
  'wizard.discard.summary':
    'The choices you made for the new mirror session will be lost. {count, plural, =0 {Nothing has been created yet.} one {The filter {names} was already created in step 2 and exists now.} other {The filters {names} were already created in step 2 and exist now.}}',
  'wizard.discard.legend':
    '{count, plural, one {The filter created in step 2} other {The filters created in step 2}}',
  'wizard.discard.delete':
    '{count, plural, one {Delete the filter {names}} other {Delete the filters {names}}}',
  'wizard.discard.deleteOutcome': 'Nothing this draft created stays.',
  'wizard.discard.keep': '{count, plural, one {Keep the filter {names}} other {Keep the filters {names}}}',
  'wizard.discard.keepOutcome':
    '{count, plural, one {The filter {names} stays on the Filters page.} other {The filters {names} stay on the Filters page.}}',
  'wizard.discard.discarded': 'The session draft was discarded.',
  'wizard.discard.deleted':
    'The session draft was discarded. {count, plural, one {The filter {names} was deleted.} other {The filters {names} were deleted.}}',
  'wizard.discard.kept':
    'The session draft was discarded. {count, plural, one {The filter {names} was kept on the Filters page.} other {The filters {names} were kept on the Filters page.}}',
  'wizard.discard.deleteFailed':
    'The filter “{name}” was not deleted: {reason} The draft is kept. Retry, or choose to keep the filter.',
} as const;
