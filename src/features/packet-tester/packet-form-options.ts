import type { Translator } from '@/i18n';

/** The choices of the packet form's selects, in the current language. */
export function packetFormOptions(t: Translator['t']) {
  return {
    direction: [
      { value: 'auto', label: t('tester.form.directionAuto') },
      { value: 'ingress', label: t('tester.form.directionChoice', { direction: 'ingress' }) },
      { value: 'egress', label: t('tester.form.directionChoice', { direction: 'egress' }) },
    ],
    ethertype: [
      { value: 'IPv4', label: 'IPv4' },
      { value: 'IPv6', label: 'IPv6' },
    ],
    /** The protocols, ICMPv6 spelled as people write it. */
    protocol: [
      { value: 'TCP', label: 'TCP' },
      { value: 'UDP', label: 'UDP' },
      { value: 'ICMP', label: 'ICMP' },
      { value: 'ICMPV6', label: 'ICMPv6' },
      { value: 'OTHER', label: t('tester.form.protocolOther') },
    ],
  };
}
