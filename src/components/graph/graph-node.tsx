import type { Box } from './graph-layout';

/** How a line of a node box is written. */
export type NodeLineTone = 'kind' | 'name' | 'detail' | 'warning';

const TONES: Record<NodeLineTone, string> = {
  kind: 'fill-slate-700 text-[11px]',
  name: 'fill-slate-900 text-[13px] font-semibold',
  detail: 'fill-slate-700 text-[11px]',
  warning: 'fill-amber-900 text-[11px]',
};

/** Where each line's baseline sits, from the box's top. */
const BASELINES = [18, 36, 52, 68];

/** Whether a character is drawn about twice as wide as a Latin letter (Chinese, full-width forms). */
export const isWide = (char: string) => char.charCodeAt(0) > 0x2e80;

/** `text`, cut with an ellipsis to `max` Latin characters' width (a wide character counts two). */
export function shorten(text: string, max = 23): string {
  let width = 0;
  let kept = '';
  for (const char of text) {
    width += isWide(char) ? 2 : 1;
    if (width > max) return `${kept.slice(0, -1)}…`;
    kept += char;
  }
  return text;
}

/**
 * One element of a picture: a focusable box whose accessible name (`label`) says everything its
 * lines show, and more. Up to four lines; a dimmed box is greyed and dashed, a warned one has an
 * amber outline. A `title` lets a pointer read the whole label.
 */
export function GraphNode({
  box,
  label,
  lines,
  dimmed = false,
  warned = false,
}: {
  box: Box;
  label: string;
  lines: { text: string; tone: NodeLineTone; max?: number }[];
  dimmed?: boolean;
  warned?: boolean;
}) {
  return (
    <g role="img" tabIndex={0} aria-label={label} className="group">
      <title>{label}</title>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
        strokeDasharray={dimmed ? '5 4' : undefined}
        className={`${dimmed ? 'fill-slate-100' : 'fill-white'} ${warned ? 'stroke-amber-700' : 'stroke-slate-500'} group-focus-visible:stroke-brand-700 group-focus-visible:stroke-[3]`}
      />
      {lines.slice(0, BASELINES.length).map((line, i) => (
        <text key={i} x={box.x + 10} y={box.y + BASELINES[i]!} className={TONES[line.tone]}>
          {shorten(line.text, line.max)}
        </text>
      ))}
    </g>
  );
}
