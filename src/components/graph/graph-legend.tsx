import type { ReactNode } from 'react';

/** What a picture's lines and marks mean: a title, then each swatch (28 x 16 SVG units) with its words. */
export function GraphLegend({
  title,
  items,
}: {
  title: string;
  items: { label: string; swatch: ReactNode }[];
}) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      <span className="font-medium">{title}</span>
      <ul className="contents">
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <svg width={28} height={16} aria-hidden="true">
              {item.swatch}
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A legend swatch: a line as the picture draws its edges. */
export function LineSwatch({
  className,
  width,
  dashed,
}: {
  className: string;
  width: number;
  dashed?: boolean;
}) {
  return (
    <line
      x1={2}
      y1={8}
      x2={26}
      y2={8}
      strokeWidth={width}
      strokeDasharray={dashed ? '6 4' : undefined}
      className={className}
    />
  );
}
