import { describe, expect, it } from 'vitest';
import { english as englishResult } from '@/components/results/test-english';
import { openCapture } from '@/domain/net/pcap-open';
import { createCaptureRecord } from '@/domain/net/pcap-record';
import { translatorFor } from '@/i18n/testing';
import { say } from '../tester-message';
import { csvToCapture } from './csv-packets';

const english = translatorFor('en').t;

const own = { name: 'web-eth0', addresses: ['10.0.0.3', '2001:db8::3'] };

function packetCount(bytes: Uint8Array): number {
  const opened = openCapture(bytes);
  if ('error' in opened) throw new Error(englishResult(opened.error.message));
  const record = createCaptureRecord();
  let n = 0;
  while (opened.reader.next(record)) n++;
  return n;
}

describe('csvToCapture', () => {
  it('writes one packet per line, with or without a header, skipping blanks and comments', () => {
    const text = [
      '# web traffic',
      'direction,ethertype,protocol,source_ip,destination_ip,source_port,destination_port,length',
      'ingress,IPv4,TCP,172.16.0.5,10.0.0.3,10000,80,64',
      '',
      ',,UDP,10.0.0.3,10.0.0.53,40000,53,',
      ',,ICMPV6,2001:db8::9,2001:db8::3,,,',
    ].join('\n');
    const result = csvToCapture(text, own);
    expect('bytes' in result && result.packets).toBe(3);
    if ('bytes' in result) expect(packetCount(result.bytes)).toBe(3);
  });

  it('takes the columns in the order of the header', () => {
    const result = csvToCapture('source_ip,destination_ip,protocol\n10.0.0.9,10.0.0.3,ICMP', own);
    expect('bytes' in result && result.packets).toBe(1);
  });

  it.each([
    ['ingress,IPv4,TCP,172.16.0.5,10.0.0.3,10000,,64', 'Line 1: destination_port: write a port 0-65535'],
    ['egress,IPv4,TCP,172.16.0.5,10.0.0.3,1,80,64', 'Line 1: direction: the packet goes to 10.0.0.3'],
    [',,TCP,10.0.0.8,10.0.0.9,1,2,', 'Line 1: neither 10.0.0.8 nor 10.0.0.9 is an address of web-eth0'],
    [',,GRE,10.0.0.8,10.0.0.3,,,', 'Line 1: protocol: write TCP, UDP, ICMP, ICMPV6'],
    [',IPv6,UDP,10.0.0.8,10.0.0.3,1,2,', 'Line 1: ethertype: the addresses are IPv4'],
    [',,TCP,10.0.0.8,10.0.0.3,1,2,30', 'Line 1: length: write the IP packet length in bytes, 40-65535.'],
    ['a,b,c,d,e,f,g,h,i', 'Line 1: 9 values, but the header has 8 columns.'],
    ['direction,protocol,source', 'Line 1: "source" is not a column.'],
  ])('%s is refused', (line, message) => {
    const result = csvToCapture(line, own);
    const problem = 'problems' in result && result.problems[0];
    expect(problem && `Line ${problem.line}: ${say(english, problem.message)}`).toContain(message);
  });

  it('says what is wrong with a line in Chinese too, keeping the column names and values', () => {
    const result = csvToCapture('egress,IPv4,TCP,172.16.0.5,10.0.0.3,1,80,64', own);
    const problem = 'problems' in result && result.problems[0];
    expect(problem && say(translatorFor('zh-CN').t, problem.message)).toBe(
      'direction：报文发往 10.0.0.3，这是 web-eth0 的地址，因此方向为 ingress，而不是 egress。',
    );
  });

  it('counts every bad line but lists at most 20', () => {
    const result = csvToCapture(
      Array.from({ length: 25 }, () => ',,TCP,1.1.1.1,2.2.2.2,1,2,').join('\n'),
      own,
    );
    expect('problems' in result && [result.count, result.problems.length]).toEqual([25, 20]);
  });
});
