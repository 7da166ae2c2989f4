/** The life of a server script after it has started: until Ctrl-C or SIGTERM. */

/**
 * Resolves with the exit code once SIGINT or SIGTERM has stopped `server`: 0 after a clean
 * close, 1 when closing failed. A terminal's Ctrl-C reaches npm, tsx and this process at once,
 * and tsx relays it again: the first signal stops the server, repeats are ignored meanwhile.
 */
export function runUntilSignal(server: { close(): Promise<void> }, name: string): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.info(`${signal}: stopping.`);
      server.close().then(
        () => {
          console.info(`${name} stopped.`);
          resolve(0);
        },
        (error: unknown) => {
          console.error(`Stopped with an error: ${String(error)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}
