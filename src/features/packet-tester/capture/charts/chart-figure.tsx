import type { ReactNode } from 'react';

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps {
  /** Says what the picture shows and its total. */
  caption: string;
  /** A line under the caption: the scale, the time span. */
  scale?: string;
  /** The part focused or pointed at, spelled out (its screen-reader name is already read). */
  detail: string | null;
  legend?: readonly { key: string; label: string; colour: string }[];
  children: ReactNode;
}

/** A picture with its caption, legend and the line that spells out the part in focus. */
export function ChartFigure({ caption, scale, detail, legend, children }: ChartFigureProps) {
  return (
    <figure className="min-w-0 space-y-1.5">
      <figcaption className="text-sm font-medium">
        {caption}
        {scale && <span className="block text-xs font-normal text-slate-600">{scale}</span>}
      </figcaption>
      {children}
      {legend && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {legend.map((item) => (
            <li key={item.key} className="flex min-w-0 items-center gap-1.5">
              <span
                aria-hidden="true"
                className="size-2.5 shrink-0 rounded-sm"
                style={{ background: item.colour }}
              />
              <span className="truncate" title={item.label}>
                {item.label}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p aria-hidden="true" className="min-h-4 text-xs text-slate-700 tabular-nums">
        {detail}
      </p>
    </figure>
  );
}
