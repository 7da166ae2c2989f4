import type { KeyboardEvent } from 'react';
import { warningLabel } from '@/domain/model/warning-titles';
import type { MirrorWarning } from '@/domain/model/warnings';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';
import { showWarning } from '../warning-anchor';

export const MARK_SIZE = { width: 30, height: 20 } as const;

/** One button per warning code on an element, leading to that code's first warning. */
function byCode(warnings: MirrorWarning[]): MirrorWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => !seen.has(w.code) && seen.add(w.code));
}

/**
 * The warning marks of one element of the picture, in a row from (x, y): each a button that
 * brings the warning's explanation and fix on the page into view and focus.
 */
export function TopologyMarks({ warnings, x, y }: { warnings: MirrorWarning[]; x: number; y: number }) {
  const { t } = useT();
  const text = useResultText();
  return byCode(warnings).map((warning, i) => {
    const open = () => showWarning(warning);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open();
    };
    const left = x + i * (MARK_SIZE.width + 4);
    return (
      <g
        key={warning.code}
        role="button"
        tabIndex={0}
        aria-label={t('sessions.topology.mark', { label: text(warningLabel(warning.code)) })}
        className="group cursor-pointer"
        onClick={open}
        onKeyDown={onKeyDown}
      >
        <rect
          x={left}
          y={y}
          {...MARK_SIZE}
          rx={4}
          className="fill-amber-100 stroke-amber-800 group-hover:fill-amber-200 group-focus-visible:stroke-brand-700 group-focus-visible:stroke-[3]"
        />
        <text
          x={left + MARK_SIZE.width / 2}
          y={y + 14}
          textAnchor="middle"
          className="fill-amber-950 text-[11px] font-semibold"
        >
          {warning.code}
        </text>
      </g>
    );
  });
}
