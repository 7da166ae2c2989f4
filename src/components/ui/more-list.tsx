import type { ReactNode } from 'react';
import { useT } from '@/i18n';

/** One entry of a {@link MoreList}. */
export interface MoreListItem {
  key: string;
  content: ReactNode;
}

/**
 * A list that shows its first `shown` entries and keeps the rest behind "n more" (a
 * disclosure, reachable by keyboard), so that a table row holding it stays a few lines high.
 */
export function MoreList({
  items,
  shown = 2,
  noun,
  className = 'space-y-0.5',
}: {
  items: readonly MoreListItem[];
  shown?: number;
  /** What the entries are, for the "3 more rules" line (a word of the `moreList.more` message). */
  noun: 'rules';
  className?: string;
}) {
  const { t } = useT();
  // Hiding a single entry would save nothing: the "1 more" line is as tall as the entry.
  const visible = items.length > shown + 1 ? items.slice(0, shown) : items;
  const rest = items.slice(visible.length);
  const list = (entries: readonly MoreListItem[]) => (
    <ul className={className}>
      {entries.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
  return (
    <>
      {list(visible)}
      {rest.length > 0 && (
        <details className="mt-0.5">
          <summary className="cursor-pointer rounded font-medium text-brand-700 marker:text-slate-400">
            {t('moreList.more', { count: rest.length, noun })}
          </summary>
          {list(rest)}
        </details>
      )}
    </>
  );
}
