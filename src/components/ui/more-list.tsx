import type { ReactNode } from 'react';

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
  /** What the entries are, plural: "3 more rules". */
  noun: string;
  className?: string;
}) {
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
            {rest.length} more {noun}
          </summary>
          {list(rest)}
        </details>
      )}
    </>
  );
}
