import type { BulkSessionChange } from '@/api/sessions';

/** How the list names each bulk change while it runs and once done: one table for every message. */
export const bulkWords: Record<BulkSessionChange, { doing: string; done: string }> = {
  enable: { doing: 'Enabling', done: 'enabled' },
  disable: { doing: 'Disabling', done: 'disabled' },
  delete: { doing: 'Deleting', done: 'deleted' },
};

/** "1 mirror session", "1,000 mirror sessions". */
export function sessionCount(n: number): string {
  return n === 1 ? '1 mirror session' : `${n.toLocaleString('en')} mirror sessions`;
}
