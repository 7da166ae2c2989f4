/**
 * Saves the VXLAN copies of a capture run as a pcap file, built in memory (no server).
 *
 * @example downloadCopies(result.copies, 'web-prod-01-eth0') // saves mirror-copies-web-prod-01-eth0.pcap
 */
export function downloadCopies(copies: Uint8Array, interfaceName: string): void {
  const blob = new Blob([copies as Uint8Array<ArrayBuffer>], { type: 'application/vnd.tcpdump.pcap' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `mirror-copies-${interfaceName.replace(/[^\w.-]+/g, '_')}.pcap`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
