import type { AreaCatalog } from '../ids';
import type { chartMessages as english } from './charts-en';

/** Simplified Chinese messages of the capture's charts, with the glossary's terms (docs/architecture.md, "Languages"). */
export const chartMessages: AreaCatalog<typeof english> = {
  'tester.charts.title': '抓包文件图表',
  'tester.charts.keys': '用制表键进入图表，再用方向键在各部分之间移动。',
  'tester.charts.verdicts': '各判定结果的报文占比：{total, plural, other {# 个报文}}',
  'tester.charts.sessions': '各镜像会话的镜像报文占比：{total, plural, other {# 个镜像报文}}',
  'tester.charts.rules': '各决定规则的报文占比：{total, plural, other {# 个报文}}',
  'tester.charts.part':
    '{label}：{unit, select, copies {{count, plural, other {# 个镜像报文}}} other {{count, plural, other {# 个报文}}}}（{share, number, ::percent .0}）',
  'tester.charts.other': '其他（另外 {count, plural, other {# 项}}）',
  'tester.charts.time': '镜像报文数和线路字节数随时间的变化：{copies, plural, other {# 个镜像报文}}，{bytes}',
  'tester.charts.timeScale': '自 {start}（协调世界时）起，每段 {width, number, ::@###} 秒。',
  'tester.charts.timeCopies': '镜像报文数',
  'tester.charts.timeBytes': '线路字节数',
  'tester.charts.interval':
    '{from, number, ::@###}–{to, number, ::@###} 秒：读取 {packets, plural, other {# 个报文}}，{copies, plural, other {# 个镜像报文}}，线路上 {bytes}',
  'tester.charts.seconds': '{value, number, ::@###} 秒',
  'tester.charts.sizes': '镜像报文大小与 MTU 对比：{total, plural, other {# 个镜像报文}}',
  'tester.charts.sizesScale':
    '每个镜像报文的外层 IP 报文，按约 {width, number} 字节分段，直到 MTU {mtu, number}{assumed, select, yes {（假定值：网卡未报告其 MTU）} other {}}。',
  'tester.charts.sizeClass':
    '{from, number}–{to, number} 字节：{total, plural, other {# 个镜像报文}}（完整 {whole, number} 个，按报文长度截断 {length, number} 个，为适应 MTU 截断 {mtu, number} 个）',
  'tester.charts.whole': '完整',
  'tester.charts.cutByLength': '按报文长度截断',
  'tester.charts.cutByMtu': '为适应 MTU 截断',
  'tester.charts.mtu': 'MTU {mtu, number}',
  'tester.charts.noCopies': '未生成镜像报文，没有可绘制的内容。',
};
