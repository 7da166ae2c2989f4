import { pathThrough, type Point } from './graph-layout';

/**
 * One edge of a picture: its line with an arrow head (`marker`, an {@link ArrowMarker} id) and,
 * when it has one, its label in a white box centred on `label.at`.
 */
export function GraphEdgeLine({
  points,
  className,
  width,
  dashed = false,
  marker,
  label,
}: {
  points: readonly Point[];
  className: string;
  width: number;
  dashed?: boolean;
  marker: string;
  label?: { at: Point; size: { width: number; height: number }; text: string; className: string };
}) {
  return (
    <>
      <path
        d={pathThrough(points)}
        fill="none"
        strokeWidth={width}
        strokeDasharray={dashed ? '6 4' : undefined}
        markerEnd={`url(#${marker})`}
        className={className}
      />
      {label && (
        <>
          <rect
            x={label.at.x - label.size.width / 2}
            y={label.at.y - label.size.height / 2}
            {...label.size}
            rx={4}
            className="fill-white stroke-slate-300 group-focus-visible:stroke-brand-700 group-focus-visible:stroke-[3]"
          />
          <text
            x={label.at.x}
            y={label.at.y + 4}
            textAnchor="middle"
            className={`text-[11px] ${label.className}`}
          >
            {label.text}
          </text>
        </>
      )}
    </>
  );
}
