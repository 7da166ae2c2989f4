import type { Eligibility } from '@/domain/model/eligibility';
import { eligibilitySummary, type EligibilityRole } from '@/domain/model/eligibility-summary';
import { Badge } from '@/components/ui/badge';
import { useResultText } from '@/components/results/use-result-text';

/**
 * Whether a resource can be a source or a target, in one line: "Yes (n / quota sessions)" or
 * the refusal in a few words, whose full explanation opens under it (a disclosure, reachable
 * by keyboard) so that the row stays one line high.
 */
export function EligibilityCell({
  kind,
  eligibility,
  yes,
}: {
  /** What the resource would be in a session. */
  kind: EligibilityRole;
  eligibility: Eligibility;
  /** What an eligible resource shows. */
  yes: string;
}) {
  const text = useResultText();
  const summary = eligibilitySummary(kind, eligibility);
  if (summary === undefined) return <Badge tone="success">{yes}</Badge>;
  return (
    <details className="group text-slate-600">
      <summary className="cursor-pointer rounded text-slate-700 marker:text-slate-400 hover:text-slate-900">
        {text(summary)}
      </summary>
      <div className="mt-1 max-w-80 space-y-1 text-xs">
        {eligibility.reasons.map((r) => (
          <p key={r.code}>{text(r.message)}</p>
        ))}
      </div>
    </details>
  );
}
