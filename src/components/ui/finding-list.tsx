import type { ReactNode } from 'react';
import { Badge } from './badge';
import { ExampleLink, type ExampleLinkProps } from './example-link';

/** One finding: a badge, what was found, and anything to act on it (such as a link). */
export interface FindingItem {
  key: string;
  badge: string;
  tone: 'warning' | 'info' | 'success';
  message: ReactNode;
  /** An example to try, shown under the message with its link. */
  example?: ExampleLinkProps | null;
}

/** Findings as a list, each with its badge first. */
export function FindingList({ items }: { items: readonly FindingItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((item) => (
        <li key={item.key} className="space-y-1 py-2">
          <p className="flex items-start gap-2">
            <span className="shrink-0">
              <Badge tone={item.tone}>{item.badge}</Badge>
            </span>
            <span>{item.message}</span>
          </p>
          {item.example && (
            <div>
              <ExampleLink {...item.example} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
