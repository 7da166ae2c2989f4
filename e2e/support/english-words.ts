import type { Locator } from '@playwright/test';

/**
 * Words that stay as they are in every language: protocol and format names, units, products.
 * Resource names, ids and addresses are left out by their shape (see `englishWordsIn`).
 */
const KEPT = new Set(
  [
    'TCP',
    'UDP',
    'ICMP',
    'ICMPv6',
    'IPv4',
    'IPv6',
    'VXLAN',
    'VNI',
    'MTU',
    'CIDR',
    'ACL',
    'ENI',
    'ECS',
    'CSV',
    'ELB',
    'VPC',
    'pcap',
    'pcapng',
    'tcpdump',
    'tshark',
    'Wireshark',
    'Terraform',
    'huaweicloud',
    'JSON',
    'API',
    'HTTP',
    'HTTPS',
    'URL',
    'Huawei',
    'Cloud',
    'SDK',
    'IAM',
    'AK',
    'SK',
    'ANY',
    'ALL',
    'MiB',
    'KiB',
    'GiB',
    'Language',
    'English',
  ].map((word) => word.toLowerCase()),
);

/**
 * The English words left in a part of the page: what a Chinese page must not show. Tokens with a
 * digit, hyphen, underscore, dot, slash or colon are names, ids, addresses or ports and are skipped,
 * as are the kept words above and any in `allowed` (e.g. the seed's resource names).
 *
 * @example expect(await englishWordsIn(page.getByRole('main'))).toEqual([])
 */
export async function englishWordsIn(scope: Locator, allowed: readonly string[] = []): Promise<string[]> {
  const text = await scope.innerText();
  const extra = new Set(allowed.map((word) => word.toLowerCase()));
  const words = text
    .split(/[\s,;()（），。：、“”"'!?？！[\]{}<>|=+*]+/u)
    .filter((token) => token !== '' && !/[\d\-_./:@#]/.test(token))
    .flatMap((token): string[] => token.match(/[A-Za-z]{3,}/g) ?? [])
    .filter((word) => !KEPT.has(word.toLowerCase()) && !extra.has(word.toLowerCase()));
  return [...new Set(words)];
}
