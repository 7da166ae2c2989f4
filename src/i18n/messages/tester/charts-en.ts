/**
 * English messages of the capture's charts (`tester.charts.*`), spread into the `tester` area
 * (docs/architecture.md, "Languages"). Add an id here and in charts-zh-cn.ts together.
 */
export const chartMessages = {
  'tester.charts.title': 'Pictures of the capture',
  'tester.charts.keys': 'Tab to a picture, then use the arrow keys to move between its parts.',
  'tester.charts.verdicts': 'Share of packets by verdict: {total, plural, one {# packet} other {# packets}}',
  'tester.charts.sessions': 'Share of copies by session: {total, plural, one {# copy} other {# copies}}',
  'tester.charts.rules':
    'Share of packets by deciding rule: {total, plural, one {# packet} other {# packets}}',
  'tester.charts.part':
    '{label}: {unit, select, copies {{count, plural, one {# copy} other {# copies}}} other {{count, plural, one {# packet} other {# packets}}}} ({share, number, ::percent .0})',
  'tester.charts.other': 'Other ({count, plural, one {# more} other {# more}})',
  'tester.charts.time':
    'Copies and bytes on the wire over time: {copies, plural, one {# copy} other {# copies}}, {bytes}',
  'tester.charts.timeScale': 'From {start} (UTC), in intervals of {width, number, ::@###} s.',
  'tester.charts.timeCopies': 'Copies',
  'tester.charts.timeBytes': 'Bytes on the wire',
  'tester.charts.interval':
    '{from, number, ::@###}–{to, number, ::@###} s: {packets, plural, one {# packet} other {# packets}} read, {copies, plural, one {# copy} other {# copies}}, {bytes} on the wire',
  'tester.charts.seconds': '{value, number, ::@###} s',
  'tester.charts.sizes':
    'Sizes of the copies against the MTU: {total, plural, one {# copy} other {# copies}}',
  'tester.charts.sizesScale':
    'Outer IP packet of each copy, in classes of about {width, number} bytes up to the MTU of {mtu, number}{assumed, select, yes { (assumed: the interface does not report its MTU)} other {}}.',
  'tester.charts.sizeClass':
    '{from, number}–{to, number} bytes: {total, plural, one {# copy} other {# copies}} ({whole, number} whole, {length, number} cut to the packet length, {mtu, number} cut to fit the MTU)',
  'tester.charts.whole': 'Whole',
  'tester.charts.cutByLength': 'Cut to the packet length',
  'tester.charts.cutByMtu': 'Cut to fit the MTU',
  'tester.charts.mtu': 'MTU {mtu, number}',
  'tester.charts.noCopies': 'No copies were made, so there is nothing to draw.',
} as const;
