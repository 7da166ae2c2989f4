/** The `--port` and `--host` options, read the same way by every server script. */

/** The `parseArgs` declarations of `--port` (default `defaultPort`) and `--host` (default 127.0.0.1). */
export function listenArgs(defaultPort: number) {
  return {
    port: { type: 'string', default: String(defaultPort) },
    host: { type: 'string', default: '127.0.0.1' },
  } as const;
}

/**
 * The port and host, or what is wrong with them.
 *
 * @example checkListenArgs({ port: '0', host: '127.0.0.1' }) // { ok: true, port: 0, host: '127.0.0.1' }
 */
export function checkListenArgs(values: {
  port: string;
  host: string;
}): { ok: true; port: number; host: string } | { ok: false; error: string } {
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    return { ok: false, error: `--port must be a whole number from 0 to 65535, not "${values.port}".` };
  }
  if (values.host.trim() === '') return { ok: false, error: '--host must name an address, e.g. 127.0.0.1.' };
  return { ok: true, port, host: values.host };
}

/** The message of a thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
