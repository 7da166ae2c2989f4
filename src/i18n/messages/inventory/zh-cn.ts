import type { AreaCatalog } from '../ids';
import type { messages as english } from './en';

/** Simplified Chinese messages of the `inventory` area, with the glossary's terms (docs/architecture.md, "Languages"). */
export const messages: AreaCatalog<typeof english> = {
  'inventory.name': '名称',
  'inventory.vpc': '虚拟私有云',
  'inventory.sourceOf': '作为镜像源',
  'inventory.targetOf': '作为镜像目的',
  'inventory.yes': '可以（{used, number} / {quota, number} 个镜像会话）',
  'inventory.disabled': '（已停用）',
  'inventory.eni.title': '网卡',
  'inventory.eni.description':
    '本区域的弹性网卡。c7t 弹性云服务器的网卡可作为镜像源；任何弹性云服务器的网卡都可作为镜像目的。',
  'inventory.eni.what': '网卡',
  'inventory.eni.table': '网卡',
  'inventory.eni.empty': '本区域没有挂载到弹性云服务器的网卡。',
  'inventory.eni.privateIp': '私有 IP 地址',
  'inventory.eni.server': '弹性云服务器',
  'inventory.eni.notAttached': '未挂载',
  'inventory.eni.canBeSource': '可作为镜像源',
  'inventory.lb.title': '负载均衡器',
  'inventory.lb.description':
    '本区域的负载均衡器。作为镜像目的的负载均衡器将镜像流量分发到其后端的检测服务器，最多可服务 {count, number} 个镜像会话。',
  'inventory.lb.what': '负载均衡器',
  'inventory.lb.table': '负载均衡器',
  'inventory.lb.empty': '本区域没有负载均衡器。',
  'inventory.lb.kind': '类型',
  'inventory.lb.kindOf': '{dedicated, select, true {独享型} other {共享型}}',
  'inventory.lb.vip': '私有 IP 地址（VIP）',
  'inventory.lb.subnet': '子网',
  'inventory.lb.status': '状态',
  'inventory.lb.statusOf':
    '{status, select, ACTIVE {运行中} PENDING_CREATE {创建中} ERROR {异常} other {{status}}}',
  'inventory.lb.canBeTarget': '可作为镜像目的',
};
