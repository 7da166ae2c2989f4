import { useId } from 'react';
import { ruleSummary } from '@/domain/analysis';
import { describeConditionFailure } from '@/domain/matcher/conditions';
import type { MirrorPacket, RuleTrace, SessionTrace, Verdict } from '@/domain/matcher/types';
import { sessionsOfSource } from '@/domain/matcher/session-order';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { directionWord } from '@/domain/model/direction-words';
import type { ConfigNames } from './config-names';
import { useAnalysisText } from '@/components/results/analysis-text';

/** Props of {@link VerdictTrace}. */
export interface VerdictTraceProps {
  verdict: Verdict;
  packet: MirrorPacket;
  names: ConfigNames;
  sessions: readonly TrafficMirrorSession[];
}

function sessionStatus(step: SessionTrace, verdict: Verdict) {
  if (step.skipped) return <Badge>Skipped: disabled</Badge>;
  if (step.filter_missing) return <Badge tone="warning">Filter missing</Badge>;
  if (step.decided) {
    return verdict.reason === 'ACCEPTED' ? (
      <Badge tone="success">Decides: copy</Badge>
    ) : (
      <Badge tone="danger">Decides: do not copy</Badge>
    );
  }
  return <Badge>No rule matches: next session</Badge>;
}

function RuleStep({ step, names }: { step: RuleTrace; names: ConfigNames }) {
  const rule = names.rule(step.rule_id);
  const text = useAnalysisText();
  const decided = step.held;
  const mark = decided
    ? step.action === 'accept'
      ? 'bg-emerald-50 ring-emerald-600'
      : 'bg-red-50 ring-red-600'
    : '';
  return (
    <li
      className={`rounded px-2 py-1 ${decided ? `ring-1 ${mark}` : ''}`}
      aria-current={decided ? 'true' : undefined}
    >
      <span className="font-medium">Rule {step.priority}</span>
      <span className="text-slate-600"> · {rule ? text(ruleSummary(rule)) : step.action}</span>
      <span className={`block ${decided ? 'font-medium' : 'text-slate-700'}`}>
        {decided
          ? `Matches: this rule decides (${step.action}).`
          : step.failed && text(describeConditionFailure(step.failed))}
      </span>
    </li>
  );
}

/**
 * Every session of the interface in the order they are looked at, each with the rules of
 * the packet's direction that were tried and the first condition each failed; the deciding
 * session and rule are marked. Sessions after the deciding one are listed as not looked at.
 */
export function VerdictTrace({ verdict, packet, names, sessions }: VerdictTraceProps) {
  const idBase = useId();
  const visited = new Set(verdict.trace.map((s) => s.session_id));
  const unvisited = sessionsOfSource(sessions, packet.source).filter((s) => !visited.has(s.id));
  const way = directionWord(packet.direction);
  if (verdict.trace.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {verdict.reason.startsWith('DROPPED')
          ? 'No session was looked at: the packet was dropped before it reached the interface.'
          : 'No session was looked at: no session lists this interface as a source.'}
      </p>
    );
  }
  return (
    <ol className="space-y-2 text-sm" aria-label="Sessions in evaluation order">
      {verdict.trace.map((step, index) => {
        const filter = names.filter(step.filter_id);
        return (
          <li
            key={step.session_id}
            aria-labelledby={`${idBase}-${index}`}
            aria-current={step.decided ? 'true' : undefined}
            className={`rounded border bg-white ${step.decided ? 'border-brand-600 ring-1 ring-brand-600' : 'border-slate-200'}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-2 py-1.5">
              <p>
                <span className="font-medium">{index + 1}. </span>
                <span id={`${idBase}-${index}`} className="font-medium">
                  Session {step.session_name}
                </span>
                <span className="text-slate-600">
                  {' '}
                  · priority {step.priority} · filter {filter?.name ?? step.filter_id}
                </span>
              </p>
              {sessionStatus(step, verdict)}
            </div>
            {!step.skipped && !step.filter_missing && step.rules.length === 0 && (
              <p className="px-2 py-1 text-slate-600">
                Its filter has no {way} rules: it copies no {way} packet.
              </p>
            )}
            {step.rules.length > 0 && (
              <ol className="space-y-0.5 p-1" aria-label={`${way} rules of ${step.session_name}`}>
                {step.rules.map((rule) => (
                  <RuleStep key={rule.rule_id} step={rule} names={names} />
                ))}
              </ol>
            )}
          </li>
        );
      })}
      {unvisited.length > 0 && (
        <li className="px-2 text-slate-600">
          Not looked at (a session before decided): {unvisited.map((s) => s.name).join(', ')}.
        </li>
      )}
    </ol>
  );
}
