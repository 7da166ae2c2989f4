import type { AreaCatalog } from '../ids';
import type { analysisMessages as english } from './analysis-en';

/** Simplified Chinese words of the analysis' results (docs/architecture.md, "Languages"). */
export const analysisMessages: AreaCatalog<typeof english> = {
  'results.direction.word': '{direction, select, ingress {入方向} other {出方向}}',
  'results.direction.label': '{direction, select, ingress {入方向} other {出方向}}',
  'results.direction.either': '入方向或出方向',
  'results.rule.summary':
    '{action, select, accept {接受} other {拒绝}} {protocol}{ipv6, select, yes { IPv6} other {}}{from}{to}',
  'results.rule.from': '，源 {cidr}{ports}',
  'results.rule.to': '，目的 {cidr}{ports}',
  'results.rule.any': '任意',
  'results.summary.port': ' 端口 {port}',
  'results.summary.ports': ' 端口 {range}',
  'results.rule.name': '规则 {priority}（{summary}）',
  'results.rule.nameStart': '规则 {priority}（{summary}）',
  'results.session.name': '镜像会话“{name}”（优先级 {priority}）',
  'results.session.nameStart': '镜像会话“{name}”（优先级 {priority}）',
  'results.session.quoted': '镜像会话“{name}”',
  'results.interface.named': '网卡“{name}”',
  'results.interface.namedStart': '网卡“{name}”',
  'results.interface.withAddresses': '网卡“{name}”（{addresses}）',
  'results.target.named': '{kind, select, elb {负载均衡器} other {网卡}}“{name}”',
  'results.target.unnamed': '{kind, select, elb {负载均衡器} other {网卡}} {id}',
  'results.finding.shadowed.same':
    '{rule}从不生效：{covering}覆盖了它的全部报文，并且对这些报文执行相同的策略。请删除规则 {priority}：它不改变任何结果。{count, plural, other {}}',
  'results.finding.shadowed.all':
    '{rule}从不生效：{covering}覆盖了它的全部报文，并且{action, select, accept {接受} other {拒绝}}这些报文。请将规则 {priority} 移到规则 {conflicting} 之前，或缩小{conflictCount, plural, =1 {规则 {conflicting} } other {这些规则}}的范围。{count, plural, other {}}',
  'results.finding.shadowed.some':
    '{rule}从不生效：{covering}覆盖了它的全部报文，其中规则 {conflicting} {action, select, accept {接受} other {拒绝}}部分报文。请将规则 {priority} 移到规则 {conflicting} 之前，或缩小{conflictCount, plural, =1 {规则 {conflicting} } other {这些规则}}的范围。{count, plural, other {}}',
  'results.finding.redundant':
    '{rule}是多余的：没有它时，{later}也会{action, select, accept {接受} other {拒绝}}它决定的每个报文，任何结果都不会改变。请删除规则 {priority}，使镜像筛选条件保持简短。{count, plural, other {}}',
  'results.finding.matchesNothing': '{rule}不匹配任何报文：{why}。请修改或删除该规则。',
  'results.empty.type': '其类型 {type} 既不是 IPv4 也不是 IPv6',
  'results.empty.protocol': '其协议 {protocol} 未知',
  'results.empty.cidr': '其{end, select, source {源地址} other {目的地址}} {text} 不是 IPv{family} CIDR 网段',
  'results.empty.portRange': '其{end, select, source {源端口范围} other {目的端口范围}} {text} 无效',
  'results.empty.ports': '它设置了端口范围，而只有 TCP 和 UDP 报文有端口',
  'results.finding.copiesNothing.noRule':
    '镜像筛选条件“{filter}”不复制任何{way}报文：它没有{way}规则，因此{way}报文会交给优先级更低的镜像会话。请为需要镜像的{way}流量添加一条接受规则。',
  'results.finding.copiesNothing.noAccept':
    '镜像筛选条件“{filter}”不复制任何{way}报文：它没有{way}接受规则。请为需要镜像的{way}流量添加一条接受规则。',
  'results.finding.copiesNothing.deadAccepts':
    '镜像筛选条件“{filter}”不复制任何{way}报文：其接受规则 {priorities} 从不生效。请按其他发现的提示修改{count, plural, =1 {该规则} other {这些规则}}。',
  'results.badge.neverCarried': '源上无此报文',
  'results.badge.droppedBeforeMirroring': '镜像前被丢弃',
  'results.finding.neverCarried.family':
    '{rule}从不匹配其镜像源承载的报文：{direction, select, ingress {入方向报文的目的地址是镜像源} other {出方向报文的源地址是镜像源}}，而该规则只匹配 {ethertype} 报文，{sources}没有 {ethertype} 地址。请让其{direction, select, ingress {目的地址} other {源地址}}包含这些地址之一，或删除该规则。{count, plural, other {}}',
  'results.finding.neverCarried.cidr':
    '{rule}从不匹配其镜像源承载的报文：{direction, select, ingress {入方向报文的目的地址是镜像源} other {出方向报文的源地址是镜像源}}，而该规则的{direction, select, ingress {目的地址} other {源地址}} {cidr} 不包含{sources}的任何地址。请让其{direction, select, ingress {目的地址} other {源地址}}包含这些地址之一，或删除该规则。',
  'results.cause.networkAcl': '{source}所在子网的网络 ACL“{acl}”',
  'results.cause.securityGroups': '{source}的安全组 {groups}{count, plural, other {}}',
  'results.finding.dropped':
    '{rule}只匹配到达不了镜像源的入方向报文：{causes}不放行其中任何报文，因此它们在镜像前就被丢弃。如果这些报文需要镜像，请在那里放行它们，或修改该规则。{replyNote}{count, plural, other {}}',
  'results.note.reply': '网卡主动建立的连接的回复报文仍会通过其安全组，并照常判定。',
  'results.copy.neverCarried':
    '{session}不从{source}复制任何报文：其镜像筛选条件只接受{direction, select, ingress {目的地址} other {源地址}}为其他地址的{way}报文。请添加一条{direction, select, ingress {目的地址} other {源地址}}包含 {address} 的接受规则。',
  'results.copy.dropped':
    '{session}不复制任何报文：{cause}不放行其镜像筛选条件接受的任何入方向报文，因此它们在镜像前就被丢弃。如果这些报文需要镜像，请在那里放行它们，或接受其他报文。{replyNote}',
  'results.copy.itsAddress': '其地址',
  'results.finding.neverReceives':
    '{session}从不收到来自{source}的{way}报文：{covering}决定了其镜像筛选条件匹配的每个{way}报文。请让{quoted}的优先级数值小于{others}，或缩小{others}的镜像筛选条件的范围。{count, plural, other {}}',
  'results.finding.overlap':
    '{way}报文（例如 {packet}）同时匹配{higher}（{higherCopy}）和{lower}（{lowerCopy}）。只有{higherQuoted}能看到它们，因为它的优先级数值更小：如果应由{lowerQuoted}处理，请给它更小的优先级数值，或缩小{higherQuoted}的镜像筛选条件的范围。',
  'results.copy.copies': '将其复制到{target}',
  'results.copy.wouldCopy': '本会将其复制到{target}',
  'results.copy.doesNotCopy': '不复制它们',
  'results.copy.wouldNotCopy': '本不会复制它们',
  'results.badge.copies': '复制',
  'results.badge.copiesNothing': '不复制任何报文',
  'results.badge.neverReceives': '从不收到报文',
  'results.badge.overlap': '重叠',
  'results.line.copies': '此镜像会话复制来自{source}的报文，例如这个报文。',
  'results.context.source': '{source}',
  'results.context.direction': '{way}',
  'results.context.rule': '{way}规则 {priority}',
  'results.context.overlap': '{source}上的重叠，{way}',
  'results.context.copiedFrom': '复制自{source}',
  'results.example.unknownRule': '镜像筛选条件“{filter}”中没有规则 {rule}。',
  'results.example.unknownRuleInRegion': '本区域没有规则 {rule}。请从本区域的规则打开报文测试。',
  'results.example.unknownSession': '没有镜像会话 {session}。',
  'results.example.notASource': '{session}未镜像{source}。请先将该网卡添加为镜像源。',
  'results.example.disabled': '{session}已停用，不复制任何报文。请启用它。',
  'results.example.preempted':
    '{session}不从{source}复制任何{way}报文：{blockers}决定了它本会复制的每个报文。请给它更小的优先级数值，或缩小其他镜像筛选条件的范围。{count, plural, other {}}',
  'results.example.copiesNothing':
    '{session}不复制任何{way}报文：其镜像筛选条件不接受任何报文。请在其镜像筛选条件中添加一条接受规则。',
  'results.example.sourcesCarryNone':
    '其镜像会话的镜像源不承载{rule}匹配的任何报文。请在其镜像会话的另一个镜像源上测试该规则。',
  'results.example.sourceCarriesNone':
    '{source}不承载{rule}匹配的任何报文。请在其镜像会话的另一个镜像源上测试该规则。',
  'results.condition.field':
    '{field, select, ethertype {类型} protocol {协议} source_cidr_block {源地址} destination_cidr_block {目的地址} source_port_range {源端口范围} other {目的端口范围}}',
  'results.condition.unknown': '未知',
  'results.condition.wants': '{field}：规则要求 {rule}，报文为 {packet}。',
  'results.condition.invalidCidr': '{field}：规则的 {rule} 不是有效的 CIDR 网段，因此该规则不匹配任何报文。',
  'results.condition.family':
    '{field}：报文的 {packet} 是 IPv{packetFamily} 地址，规则的 {rule} 是 IPv{ruleFamily} 网段。',
  'results.condition.notIn': '{field}：报文的 {packet} 不在 {rule} 内。',
  'results.condition.invalidRange': '{field}：规则的 {rule} 不是有效的范围，因此该规则不匹配任何报文。',
  'results.condition.noPorts': '{field}：规则要求端口 {rule}，而报文没有端口（只有 TCP 和 UDP 有端口）。',
  'results.admission.outbound': '无论安全组和网络 ACL 如何设置，出方向报文都会被复制。',
  'results.admission.notInInventory': '镜像源不在资源清单中：未检查其安全组和网络 ACL。',
  'results.admission.aclDropsByRule': '镜像源所在子网的网络 ACL {acl} 丢弃了该报文：其规则 {rule} 拒绝了它。',
  'results.admission.aclDropsNoRule': '镜像源所在子网的网络 ACL {acl} 丢弃了该报文：没有规则放行它。',
  'results.admission.reply': '镜像源主动建立的连接的回复报文通过其有状态的安全组。',
  'results.admission.noSecurityGroup': '镜像源没有安全组。',
  'results.admission.allowed': '镜像源所在子网的网络 ACL 和镜像源的安全组放行了该报文。',
  'results.admission.groupDropsByRule': '镜像源的安全组丢弃了该报文：规则 {rule} 拒绝了它。',
  'results.admission.groupDropsNoRule': '镜像源的安全组丢弃了该报文：没有入方向规则放行它。',
  'results.delivery.targetUnknown': '镜像目的 {target} 不在资源清单中。',
  'results.delivery.noSourceAddress': '镜像源没有可用于发送 VXLAN 副本的 IPv4 地址。',
  'results.delivery.noTargetAddress': '镜像目的 {target} 没有可用于接收副本的 IPv4 地址。',
  'results.delivery.aclDropsByRule':
    '镜像目的所在子网的网络 ACL {acl} 丢弃了副本（其规则 {rule} 拒绝了它）：请在所有拒绝它的规则之前添加一条入方向规则：允许，IPv4，UDP，源地址 {source}/32，目的端口 {port}。',
  'results.delivery.aclDropsNoRule':
    '镜像目的所在子网的网络 ACL {acl} 丢弃了副本（没有规则放行它）：请在所有拒绝它的规则之前添加一条入方向规则：允许，IPv4，UDP，源地址 {source}/32，目的端口 {port}。',
  'results.delivery.aclAllows': '镜像目的所在子网的网络 ACL 放行了副本。',
  'results.delivery.groupDropsByRule':
    '镜像目的的安全组丢弃了副本（其规则 {rule} 拒绝了它）：请添加一条入方向规则：允许，IPv4，UDP: {port}，源地址 {source}/32，优先级高于所有拒绝它的规则。',
  'results.delivery.groupDropsNoRule':
    '镜像目的的安全组丢弃了副本（没有放行来自 {source} 的 UDP {port} 的入方向规则）：请添加一条入方向规则：允许，IPv4，UDP: {port}，源地址 {source}/32，优先级高于所有拒绝它的规则。',
  'results.delivery.allowed': '镜像目的所在子网的网络 ACL 和镜像目的的安全组放行了副本。',
  'results.capture.error': '{problem}。{advice}',
  'results.capture.advice.EMPTY_FILE': '请选择 pcap 或 pcapng 格式的抓包文件。',
  'results.capture.advice.NOT_A_CAPTURE':
    '请选择 pcap 或 pcapng 文件，例如由 tcpdump -w 或 Wireshark 写出的文件。',
  'results.capture.advice.UNSUPPORTED_VERSION': '请将抓包文件另存为 pcap 或 pcapng（例如使用 editcap）。',
  'results.capture.advice.TRUNCATED_HEADER': '文件不完整，请重新完整复制。',
  'results.capture.advice.TRUNCATED_RECORD': '文件不完整（抓包是否仍在进行？）；已读取此前的报文。',
  'results.capture.advice.CORRUPT_RECORD': '文件在此处已损坏；已读取此前的报文。',
  'results.capture.empty': '文件为空（0 字节）',
  'results.capture.gzip': '文件是 gzip 压缩文件，不是抓包文件：请先解压',
  'results.capture.zip': '文件是 zip 压缩包，不是抓包文件：请先解压出抓包文件',
  'results.capture.tooShort': '文件只有 {bytes} 字节，不足以容纳抓包文件头',
  'results.capture.unknownMagic': '文件既不是 pcap 也不是 pcapng：其开头没有已知的魔数',
  'results.capture.pcap.noMagic': '文件开头不是 pcap 魔数',
  'results.capture.pcap.shortHeader': 'pcap 文件头需要 24 字节，而文件只有 {bytes} 字节',
  'results.capture.pcap.version': 'pcap 文件版本为 {version}，而不是 2',
  'results.capture.pcap.recordHeaderCut':
    '第 {packet} 个报文：其位于第 {offset} 字节的 {size} 字节记录头在 {bytes} 字节后被截断',
  'results.capture.pcap.overSnapshot':
    '位于第 {offset} 字节的第 {packet} 个报文声明有 {bytes} 个捕获字节，超过了快照长度 {snapshot}',
  'results.capture.pcap.recordCut':
    '位于第 {offset} 字节的第 {packet} 个报文有 {bytes} 字节，但文件在 {left} 字节后结束',
  'results.capture.pcapng.noSection': '文件开头不是 pcapng 节头',
  'results.capture.pcapng.shortHeader': 'pcapng 节头需要 28 字节，而文件只有 {bytes} 字节',
  'results.capture.pcapng.blockCut': '位于第 {offset} 字节的块被截断',
  'results.capture.pcapng.blockLength': '位于第 {offset} 字节的块长度 {length} 不可能成立',
  'results.capture.pcapng.blockTooLong':
    '位于第 {offset} 字节的块（第 {packet} 个报文或之前）声明有 {bytes} 字节，超过了任何块允许的长度（{limit}）',
  'results.capture.pcapng.blockPastEnd':
    '位于第 {offset} 字节的块（第 {packet} 个报文或之前）声明有 {bytes} 字节，但文件在 {left} 字节后结束',
  'results.capture.pcapng.blockEnd': '位于第 {offset} 字节的块末尾不是其长度',
  'results.capture.pcapng.sectionCut': '位于第 {offset} 字节的节头块被截断',
  'results.capture.pcapng.byteOrder': '位于第 {offset} 字节的节头没有字节序魔数',
  'results.capture.pcapng.version': '位于第 {offset} 字节的 pcapng 节版本为 {version}，而不是 1',
  'results.capture.pcapng.interfaceShort': '位于第 {offset} 字节的接口块太短',
  'results.capture.pcapng.packetShort': '第 {packet} 个报文：其位于第 {offset} 字节的块太短',
  'results.capture.pcapng.unknownInterface':
    '位于第 {offset} 字节的第 {packet} 个报文引用了接口 {interface}，而文件从未描述该接口',
  'results.capture.pcapng.packetTooLong':
    '位于第 {offset} 字节的第 {packet} 个报文声明有 {bytes} 字节，超过了其所在块的容量',
};
