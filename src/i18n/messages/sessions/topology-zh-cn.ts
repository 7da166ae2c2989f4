import type { AreaCatalog } from '../ids';
import type { topologyMessages as english } from './topology-en';

/** Simplified Chinese words of a session's picture (docs/architecture.md, "Languages"). */
export const topologyMessages: AreaCatalog<typeof english> = {
  'sessions.topology.title': '拓扑',
  'sessions.topology.caption':
    '按虚拟私有云（VPC）和子网分组的镜像源、镜像会话及其镜像筛选条件、连接方式和镜像目的。下方的“镜像源”和“镜像目的”部分以文字列出相同内容。',
  'sessions.topology.loading': '正在绘制拓扑…',
  'sessions.topology.label': '镜像会话 {name} 的拓扑',
  'sessions.topology.kind':
    '{kind, select, source {镜像源} session {镜像会话} filter {镜像筛选条件} peering {对等连接} router {企业路由器} eni {镜像目的：网卡} other {镜像目的：负载均衡器}}',
  'sessions.topology.disabled': '已停用',
  'sessions.topology.copiesNothing':
    '{direction, select, ingress {入方向不镜像任何流量} other {出方向不镜像任何流量}}',
  'sessions.topology.vpc': '虚拟私有云（VPC） {name}',
  'sessions.topology.subnet': '子网 {name}',
  'sessions.topology.delivery': 'VNI {vni}',
  'sessions.topology.unconnected': '未连通',
  'sessions.topology.mark': '{label}：查看说明和修复方法',
  'sessions.topology.legend': '图例',
  'sessions.topology.legendMirror': '进入镜像会话的报文',
  'sessions.topology.legendDelivery': '发往镜像目的的 VXLAN 副本（UDP 4789）',
  'sessions.topology.legendDisabled': '已停用：不镜像任何流量',
  'sessions.topology.legendWarning': '告警：选择以查看修复方法',
};
