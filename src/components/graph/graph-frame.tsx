import type { ReactNode } from 'react';

/**
 * A picture shrinks to fit its box down to this scale, then scrolls inside it. At 0.6 a
 * session with sources, session, filter and target in a row (Figure 1) still fits a
 * 1024-pixel-wide window, and the words stay legible.
 */
const MIN_SCALE = 0.6;

/** An arrow head for the edges of a picture, referenced as `url(#id)`. */
export function ArrowMarker({ id, className }: { id: string; className: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto">
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}

/**
 * The box a laid-out picture is drawn in: an SVG group named `label`, as wide as its box
 * allows, scrolling inside the box when it would shrink below a readable scale (the page never
 * scrolls sideways). `defs` holds its arrow markers.
 */
export function GraphFrame({
  label,
  width,
  height,
  defs,
  children,
}: {
  label: string;
  width: number;
  height: number;
  defs: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="max-h-[520px] overflow-auto rounded border border-slate-200 bg-slate-50">
      <svg
        role="group"
        aria-label={label}
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        style={{ minWidth: width * MIN_SCALE, maxWidth: width }}
        className="block"
      >
        <defs>{defs}</defs>
        {children}
      </svg>
    </div>
  );
}
