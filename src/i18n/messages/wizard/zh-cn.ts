import type { AreaCatalog } from '../ids';
import type { messages as english } from './en';

/** Simplified Chinese messages of the `wizard` area, with the glossary's terms (docs/architecture.md, "Languages"). */
export const messages: AreaCatalog<typeof english> = {
  'wizard.page.title': '创建镜像会话',
  'wizard.page.description': '将网卡的流量按您选择的规则筛选后，复制到用于检测的镜像目的。',
  'wizard.page.notOffered': '本区域未提供流量镜像',
  'wizard.page.what': '流量镜像数据',
  'wizard.page.created': '镜像会话“{name}”已创建。',

  'wizard.steps.label': '创建步骤',
  'wizard.steps.number': '步骤 {number, number}',
  'wizard.steps.position': '第 {number, number} 步，共 {total, number} 步',
  'wizard.step.session': '配置镜像会话',
  'wizard.step.filter': '选择镜像筛选条件',
  'wizard.step.sources': '选择镜像源',
  'wizard.step.target': '选择镜像目的',
  'wizard.step.review': '确认并创建',
  'wizard.intro.session':
    '为镜像会话命名并设置复制方式：在共用镜像源的镜像会话中的优先级、VXLAN 网络标识，以及每个报文复制的字节数。',
  'wizard.intro.filter':
    '镜像筛选条件决定复制哪些报文：其规则按优先级从小到大检查，报文匹配的第一条规则决定接受或拒绝。',
  'wizard.intro.sources':
    '选择要复制其流量的网卡。只有 c7t 弹性云服务器的网卡可以作为镜像源，每个网卡最多用于 3 个镜像会话。',
  'wizard.intro.target':
    '选择复制的流量发往何处：镜像源所在虚拟私有云可以到达的网卡或负载均衡器。复制的流量在虚拟私有云内传输，发往网卡或负载均衡器的私有地址。',
  'wizard.intro.review':
    '创建镜像会话前，请检查每项选择。{count, plural, =0 {选择“创建镜像会话”之前不会创建任何资源。} other {选择“创建镜像会话”时才会创建镜像会话。镜像筛选条件{names}已在步骤 2 中创建。}}',

  'wizard.footer.cancel': '取消',
  'wizard.footer.previous': '上一步',
  'wizard.footer.next': '下一步',
  'wizard.footer.create': '创建镜像会话',
  'wizard.footer.creating': '正在创建镜像会话…',

  'wizard.field.name': '名称',
  'wizard.field.nameHint': '1 到 64 个字符，可包含字母、数字、中文字符、_、- 和 .',
  'wizard.field.description': '描述',
  'wizard.field.descriptionHint': '可选；最多 255 个字符，不能包含 < 或 >。',
  'wizard.field.priority': '优先级',
  'wizard.field.priorityHint':
    '1 到 {max, number, ::group-off}，数值越小越优先。共用镜像源的镜像会话需要不同的优先级。',
  'wizard.field.priorityHintFree':
    '1 到 {max, number, ::group-off}，数值越小越优先。{priority, number, ::group-off} 是所有已选镜像源上最小的空闲优先级。',
  'wizard.field.priorityHintNone':
    '1 到 {max, number, ::group-off}，数值越小越优先。所有已选镜像源上都没有共同的空闲优先级。',
  'wizard.field.usePriority': '使用优先级 {priority, number}',
  'wizard.field.vni': '虚拟网络 ID（VNI）',
  'wizard.field.vniHint': '复制流量的 VXLAN 网络标识，取值 0 到 {max, number, ::group-off}。',
  'wizard.field.packetLength': '报文长度（字节）',
  'wizard.field.packetLengthHint': '每个报文复制的字节数，取值 1 到 {max, number, ::group-off}。',
  'wizard.field.enabled': '启用',
  'wizard.field.enabledHint': '停用的镜像会话在启用之前不复制任何流量。',

  'wizard.table.name': '名称',
  'wizard.table.available': '是否可用',
  'wizard.table.sessions': '镜像会话',
  'wizard.table.usage': '{used, number} / {limit, number}',
  'wizard.table.cannotUse': '不能使用',
  'wizard.table.notAvailable': '不可用',
  'wizard.table.chosen': '已选择。',
  'wizard.table.interfaces': '网卡',
  'wizard.table.noInterfaces': '本区域没有挂载到弹性云服务器的网卡。',
  'wizard.table.ipAddress': 'IP 地址',
  'wizard.table.ecs': '弹性云服务器',
  'wizard.table.vpc': '虚拟私有云',
  'wizard.table.notAttached': '未挂载',

  'wizard.filter.legend': '镜像筛选条件',
  'wizard.filter.mode.existing': '使用已有镜像筛选条件',
  'wizard.filter.mode.new': '新建镜像筛选条件',
  'wizard.filter.created': '镜像筛选条件“{name}”已创建，包含 {count, plural, other {# 条规则}}，并已选中。',
  'wizard.filter.table': '镜像筛选条件',
  'wizard.filter.inbound': '入方向',
  'wizard.filter.outbound': '出方向',
  'wizard.filter.rules': '规则',
  'wizard.filter.noRules': '没有规则：使用此镜像筛选条件的镜像会话不复制任何流量。',
  'wizard.filter.ruleTag': '{direction, select, ingress {入} other {出}} {priority, number}',
  'wizard.filter.full':
    '已被 {count, number} 个镜像会话使用，已达到一个镜像筛选条件可服务的上限。请选择其他镜像筛选条件或新建一个。',
  'wizard.filter.usable':
    '{empty, select, ingress {可以使用；不复制入方向流量（没有规则）。} egress {可以使用；不复制出方向流量（没有规则）。} both {可以使用；不复制入方向和出方向流量（没有规则）。} other {可以使用。}}',
  'wizard.filter.empty': '本区域还没有镜像筛选条件。请通过上方的选项新建一个。',

  'wizard.newFilter.title': '新建镜像筛选条件',
  'wizard.newFilter.name': '镜像筛选条件名称',
  'wizard.newFilter.description': '镜像筛选条件描述',
  'wizard.newFilter.rulesNote':
    '规则按优先级从小到大检查，报文匹配的第一条规则决定结果。CIDR 形如 10.0.0.0/24，端口范围形如 80-80 或 1000-2000；留空表示全部。',
  'wizard.newFilter.notReady': '镜像筛选条件尚未就绪',
  'wizard.newFilter.create': '创建镜像筛选条件并使用',
  'wizard.newFilter.creating': '正在创建镜像筛选条件…',
  'wizard.newFilter.rulesHeading': '{direction, select, ingress {入方向规则} other {出方向规则}}',
  'wizard.newFilter.addRule': '{direction, select, ingress {添加入方向规则} other {添加出方向规则}}',
  'wizard.newFilter.rulesFull':
    '{direction, select, ingress {一个镜像筛选条件最多有 {limit, number} 条入方向规则。} other {一个镜像筛选条件最多有 {limit, number} 条出方向规则。}}删除一条后才能再添加。',
  'wizard.newFilter.noRules':
    '{direction, select, ingress {没有入方向规则：镜像会话不会复制入方向流量。} other {没有出方向规则：镜像会话不会复制出方向流量。}}',
  'wizard.newFilter.rule':
    '{direction, select, ingress {入方向规则 {number, number}} other {出方向规则 {number, number}}}',
  'wizard.newFilter.ruleCreated': '已创建',
  'wizard.newFilter.remove': '删除',
  'wizard.newFilter.removeRule':
    '{direction, select, ingress {删除入方向规则 {number, number}} other {删除出方向规则 {number, number}}}',
  'wizard.newFilter.failed': '镜像筛选条件未创建：{message}',
  'wizard.newFilter.ruleFailed':
    '镜像筛选条件“{name}”已创建，但其{direction, select, ingress {入方向规则 {number, number}} other {出方向规则 {number, number}}}未创建：{message} 请修改该规则后重新创建；已创建的内容会保留。',

  'wizard.sources.search': '搜索网卡',
  'wizard.sources.searchHint': '按名称、IP 地址、弹性云服务器、规格或虚拟私有云搜索。',
  'wizard.sources.chosen':
    '已选择 {count, number} / {limit, number} 个镜像源{count, plural, =0 {} other {：{names}}}',
  'wizard.sources.flavor': '规格',
  'wizard.sources.canBe': '可以作为镜像源。',
  'wizard.sources.full':
    '镜像会话已有 {count, number} 个镜像源，已达上限（{limit, number}）。请先移除一个镜像源再选择此网卡。',
  'wizard.sources.useFree': '改用优先级 {priority, number}',
  'wizard.sources.noMatch': '没有与“{query}”匹配的网卡。清空搜索可查看全部网卡。',

  'wizard.target.legend': '镜像目的类型',
  'wizard.target.type': '{type, select, eni {网卡} other {负载均衡器}}',
  'wizard.target.eniHint': '运行分析工具的弹性云服务器网卡；每个最多用于 10 个镜像会话。',
  'wizard.target.elbHint':
    '将复制的流量分发到多个分析工具；每个最多用于 200 个镜像会话。复制的流量发往其私有 IP 地址，因此镜像源可以到达的虚拟私有云中的任何负载均衡器都可以接收，无论是否绑定公网 IP。',
  'wizard.target.canBe': '可以作为镜像目的。',
  'wizard.target.loadBalancers': '负载均衡器',
  'wizard.target.vip': '私有 IP 地址',
  'wizard.target.subnet': '子网',
  'wizard.target.securityGroups': '安全组',
  'wizard.target.noLoadBalancers': '本区域没有负载均衡器。请选择网卡作为镜像目的。',

  'wizard.warnings.title': '{count, plural, other {# 条警告}}：可以创建镜像会话，但它不会复制或送达全部流量',
  'wizard.warnings.item': '{label}：{text}',
  'wizard.warnings.setLength': '将报文长度设为 {length, number}',
  'wizard.warnings.enable': '启用镜像会话',

  'wizard.review.failed': '镜像会话未创建',
  'wizard.review.fixFields': '请修改下方标出的字段，然后重新创建。您的选择已保留。',
  'wizard.review.kept': '您的选择已保留。',
  'wizard.review.retry': '重试',
  'wizard.review.section':
    '{step, select, session {镜像会话} filter {镜像筛选条件} sources {镜像源} other {镜像目的}}',
  'wizard.review.edit': '编辑',
  'wizard.review.editSection':
    '{step, select, session {编辑镜像会话} filter {编辑镜像筛选条件} sources {编辑镜像源} other {编辑镜像目的}}',
  'wizard.review.packetLength': '报文长度',
  'wizard.review.bytes': '{length, number} 字节',
  'wizard.review.enabled': '{enabled, select, yes {是} other {否}}',
  'wizard.review.noRules': '无：不复制任何流量。',
  'wizard.review.rule': '{direction, select, ingress {入方向} other {出方向}} {priority, number}：{rule}',
  'wizard.review.sources': '镜像源（{count, number}）',
  'wizard.review.at': '{name}（{address}）',
  'wizard.review.noIpv4': '无 IPv4 地址',
  'wizard.review.noAddress': '无地址',
  'wizard.review.type': '类型',
  'wizard.review.target': '镜像目的',
  'wizard.analysis.title': '流量分析',
  'wizard.analysis.body':
    '根据规则和优先级精确算出此镜像会话在本区域其他镜像会话之外会收到的流量。报文测试会用示例报文同时测试已保存的镜像会话和此镜像会话。',
  'wizard.analysis.test': '测试此报文',

  'wizard.draft.title': '继续未完成的镜像会话？',
  'wizard.draft.body':
    '{named, select, yes {名为“{name}”的草稿} other {一个未命名的草稿}}已于{when}保存，停在“{step}”步骤。{count, plural, =0 {} other {镜像筛选条件{names}已创建。}}您可以继续编辑，或放弃草稿并新建镜像会话。',
  'wizard.draft.earlier': '早些时候',
  'wizard.draft.resume': '继续编辑草稿',
  'wizard.draft.startOver': '放弃并重新开始',
  'wizard.draft.keep': '保留草稿',

  'wizard.discard.title': '放弃此镜像会话草稿？',
  'wizard.discard.keepEditing': '继续编辑',
  'wizard.discard.discard': '放弃草稿',
  'wizard.discard.deleting': '正在删除…',
  'wizard.discard.retry': '重试',
  'wizard.discard.summary':
    '您为新镜像会话所做的选择将会丢失。{count, plural, =0 {目前尚未创建任何资源。} other {镜像筛选条件{names}已在步骤 2 中创建，现已存在。}}',
  'wizard.discard.legend': '{count, plural, other {在步骤 2 中创建的镜像筛选条件}}',
  'wizard.discard.delete': '{count, plural, other {删除镜像筛选条件{names}}}',
  'wizard.discard.deleteOutcome': '此草稿创建的资源都不会保留。',
  'wizard.discard.keep': '{count, plural, other {保留镜像筛选条件{names}}}',
  'wizard.discard.keepOutcome': '{count, plural, other {镜像筛选条件{names}保留在“镜像筛选条件”页面。}}',
  'wizard.discard.discarded': '镜像会话草稿已放弃。',
  'wizard.discard.deleted': '镜像会话草稿已放弃。{count, plural, other {镜像筛选条件{names}已删除。}}',
  'wizard.discard.kept':
    '镜像会话草稿已放弃。{count, plural, other {镜像筛选条件{names}已保留在“镜像筛选条件”页面。}}',
  'wizard.discard.deleteFailed':
    '镜像筛选条件“{name}”未删除：{reason} 草稿已保留。请重试，或选择保留该镜像筛选条件。',
};
