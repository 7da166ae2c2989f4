import { useId } from 'react';
import { ruleSummary } from '@/domain/analysis';
import { describeConditionFailure } from '@/domain/matcher/conditions';
import type { MirrorPacket, RuleTrace, SessionTrace, Verdict } from '@/domain/matcher/types';
import { sessionsOfSource } from '@/domain/matcher/session-order';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { useT, type Translator } from '@/i18n';
import type { ConfigNames } from './config-names';
import { useResultText } from '@/components/results/use-result-text';
import { listOf } from './tester-message';

/** Props of {@link VerdictTrace}. */
export interface VerdictTraceProps {
  verdict: Verdict;
  packet: MirrorPacket;
  names: ConfigNames;
  sessions: readonly TrafficMirrorSession[];
}

function sessionStatus(step: SessionTrace, verdict: Verdict, t: Translator['t']) {
  if (step.skipped) return <Badge>{t('tester.trace.skipped')}</Badge>;
  if (step.filter_missing) return <Badge tone="warning">{t('tester.trace.filterMissing')}</Badge>;
  if (step.decided) {
    return verdict.reason === 'ACCEPTED' ? (
      <Badge tone="success">{t('tester.trace.decidesCopy')}</Badge>
    ) : (
      <Badge tone="danger">{t('tester.trace.decidesNoCopy')}</Badge>
    );
  }
  return <Badge>{t('tester.trace.nextSession')}</Badge>;
}

function RuleStep({ step, names }: { step: RuleTrace; names: ConfigNames }) {
  const { t } = useT();
  const rule = names.rule(step.rule_id);
  const text = useResultText();
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
      <span className="font-medium">{t('tester.trace.rule', { priority: step.priority })}</span>
      <span className="text-slate-600">
        {' · '}
        {rule ? text(ruleSummary(rule)) : t('tester.words.action', { action: step.action })}
      </span>
      <span className={`block ${decided ? 'font-medium' : 'text-slate-700'}`}>
        {decided
          ? t('tester.trace.ruleDecides', { action: step.action })
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
  const { t, locale } = useT();
  const idBase = useId();
  const visited = new Set(verdict.trace.map((s) => s.session_id));
  const unvisited = sessionsOfSource(sessions, packet.source).filter((s) => !visited.has(s.id));
  const direction = packet.direction;
  if (verdict.trace.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {verdict.reason.startsWith('DROPPED') ? t('tester.trace.droppedBefore') : t('tester.trace.noSource')}
      </p>
    );
  }
  return (
    <ol className="space-y-2 text-sm" aria-label={t('tester.trace.sessions')}>
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
                  {t('tester.trace.session', { name: step.session_name })}
                </span>
                <span className="text-slate-600">
                  {' '}
                  {t('tester.trace.sessionMeta', {
                    priority: step.priority,
                    filter: filter?.name ?? step.filter_id,
                  })}
                </span>
              </p>
              {sessionStatus(step, verdict, t)}
            </div>
            {!step.skipped && !step.filter_missing && step.rules.length === 0 && (
              <p className="px-2 py-1 text-slate-600">{t('tester.trace.noRules', { direction })}</p>
            )}
            {step.rules.length > 0 && (
              <ol
                className="space-y-0.5 p-1"
                aria-label={t('tester.trace.rules', { direction, name: step.session_name })}
              >
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
          {t('tester.trace.notLookedAt', {
            names: listOf(
              locale,
              unvisited.map((s) => s.name),
            ),
          })}
        </li>
      )}
    </ol>
  );
}
