import { Link } from '@tanstack/react-router';
import type { MirrorPacket, Verdict } from '@/domain/matcher/types';
import { describeRule } from '@/domain/model/describe-rule';
import { DRAFT_SESSION_ID } from '@/domain/model/draft-session';
import { useT, type MessageId } from '@/i18n';
import { ruleTitle, type ConfigNames } from './config-names';
import { useResultText } from '@/components/results/use-result-text';
import { verdictWords, type VerdictTone } from './verdict-words';

const toneClass: Record<VerdictTone, string> = {
  success: 'border-emerald-600 bg-emerald-50 text-emerald-950',
  warning: 'border-amber-500 bg-amber-50 text-amber-950',
  neutral: 'border-slate-400 bg-slate-50 text-slate-900',
  danger: 'border-red-600 bg-red-50 text-red-950',
};

/** The verdict's codes and ids, folded away, for copying into a ticket or a search. */
function TechnicalDetails({ verdict }: { verdict: Verdict }) {
  const { t } = useT();
  const rows: [MessageId, string | null][] = [
    ['tester.summary.reasonCode', verdict.reason],
    ['tester.summary.sessionId', verdict.session_id],
    ['tester.summary.ruleId', verdict.rule_id],
  ];
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer opacity-80">{t('tester.summary.technical')}</summary>
      <dl className="mt-1 grid grid-cols-[8rem_1fr] gap-x-2 gap-y-0.5">
        {rows
          .filter((row): row is [MessageId, string] => row[1] !== null)
          .map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="opacity-80">{t(term)}</dt>
              <dd className="font-mono break-all select-all">{value}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}

/** Props of {@link VerdictSummary}. */
export interface VerdictSummaryProps {
  verdict: Verdict;
  packet: MirrorPacket;
  names: ConfigNames;
}

/** The verdict in plain words, then the deciding session and rule, each named and linked. */
export function VerdictSummary({ verdict, packet, names }: VerdictSummaryProps) {
  const { t } = useT();
  const text = useResultText();
  const words = verdictWords(verdict, packet, names, t, text);
  const session = names.session(verdict.session_id);
  const rule = names.rule(verdict.rule_id);
  return (
    <div className={`rounded border-l-4 px-3 py-2 ${toneClass[words.tone]}`}>
      <p className="text-base font-semibold" title={verdict.reason}>
        {words.headline}
      </p>
      <p className="mt-0.5 text-sm">{words.sentence}</p>
      {session && rule && (
        <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-2 gap-y-0.5 text-sm">
          <dt className="text-slate-600">{t('tester.summary.session')}</dt>
          <dd>
            {session.id === DRAFT_SESSION_ID ? (
              <span className="font-medium">{session.name}</span>
            ) : (
              <Link
                to="/sessions/$sessionId"
                params={{ sessionId: session.id }}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {session.name}
              </Link>
            )}
            <span className="text-slate-600">
              {' '}
              {t('tester.summary.sessionMeta', {
                priority: session.priority,
                draft: session.id === DRAFT_SESSION_ID ? 'yes' : 'no',
              })}
            </span>
          </dd>
          <dt className="text-slate-600">{t('tester.summary.rule')}</dt>
          <dd>
            <Link
              to="/filters/$filterId"
              params={{ filterId: rule.traffic_mirror_filter_id }}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {ruleTitle(rule, t)}
            </Link>
            <span className="text-slate-600">
              {' '}
              {t('tester.summary.ruleFilter', {
                filter: names.filter(rule.traffic_mirror_filter_id)?.name ?? rule.traffic_mirror_filter_id,
              })}
            </span>
            <span className="block text-slate-700">{text(describeRule(rule))}</span>
          </dd>
        </dl>
      )}
      <TechnicalDetails verdict={verdict} />
    </div>
  );
}
