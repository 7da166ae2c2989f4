/** Listening and stopping, the same for the mock server and the cloud server. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `http://host:port`, with an IPv6 address in brackets.
 *
 * @example urlOf('::1', 8080) // 'http://[::1]:8080'
 */
export function urlOf(host: string, port: number): string {
  return `http://${hostPort(host, port)}`;
}

/**
 * `host:port` as a `Host` header carries it (IPv6 in brackets).
 *
 * @example hostPort('127.0.0.1', 8080) // '127.0.0.1:8080'
 */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Listens on `port` (0: a free one) and `host`; resolves with the port actually used. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Stops listening and closes every open connection (keep-alive ones too). */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
