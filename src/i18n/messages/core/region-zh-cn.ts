import type { AreaCatalog } from '../ids';
import type { regionMessages as english } from './region-en';

/** Simplified Chinese words of the Overview's region picture (docs/architecture.md, "Languages"). */
export const regionMessages: AreaCatalog<typeof english> = {
  'overview.region.title': '镜像流向',
  'overview.region.loading': '正在绘制流向图…',
  'overview.region.label': '虚拟私有云（VPC）之间的镜像流向',
  'overview.region.caption':
    '复制的流量从每个镜像源所在的虚拟私有云（VPC）发往其镜像目的所在的虚拟私有云（VPC）。“{list}”页面以文字列出相同的镜像会话。',
  'overview.region.collapsed':
    '图中画出 {pairs, number} 对虚拟私有云（VPC）中最繁忙的 {shown, number} 对；其余 {rest, number} 对合计为“其他 VPC”。',
  'overview.region.side': '{side, select, source {镜像源所在 VPC} other {镜像目的所在 VPC}}',
  'overview.region.other': '其他 VPC',
  'overview.region.unknown': '未知 VPC',
  'overview.region.counts': '{sessions, number} 个镜像会话，{sources, number} 个镜像源',
  'overview.region.disabled': '{count, number} 个已停用',
  'overview.region.warned': '{count, number} 个有 W1 或 W2',
  'overview.region.edge': '{from} 到 {to}',
  'overview.region.via':
    '{via, select, same {同一 VPC 内} peering {经对等连接} router {经企业路由器} none {无可用路由} other {多种路由}}',
  'overview.region.legend': '图例',
  'overview.region.legendFlow': 'VXLAN 副本：镜像会话和镜像源数量',
  'overview.region.legendWarned': '部分镜像会话有 W1 或 W2 警告',
  'overview.region.legendDisabled': '已停用：不镜像任何流量',
};
