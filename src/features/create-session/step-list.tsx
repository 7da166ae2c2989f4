import { Link } from '@tanstack/react-router';
import { useT } from '@/i18n';
import type { StepId } from './wizard-values';
import { STEPS, stepIndex, stepTitle } from './wizard-steps';

/** The step shown and the furthest one that may be opened. */
export interface StepListProps {
  current: StepId;
  /** The furthest step the operator may open (every step before it is complete). */
  reachable: StepId;
}

/** The wizard's steps; those already reachable are links, the current one is marked. */
export function StepList({ current, reachable }: StepListProps) {
  const { t } = useT();
  const last = stepIndex(reachable);
  return (
    <nav aria-label={t('wizard.steps.label')} className="shrink-0 xl:w-52">
      <ol className="flex gap-1 text-sm xl:block xl:space-y-0.5">
        {STEPS.map((step, index) => {
          const isCurrent = step.id === current;
          const body = (
            <>
              <span className="block text-xs text-slate-500">
                {t('wizard.steps.number', { number: index + 1 })}
              </span>
              <span className={isCurrent ? 'font-semibold text-slate-900' : ''}>{t(stepTitle(step.id))}</span>
            </>
          );
          const frame = `block h-full border-t-2 px-3 py-1.5 xl:border-t-0 xl:border-l-2 ${isCurrent ? 'border-brand-600 bg-white' : 'border-slate-200'}`;
          return (
            <li key={step.id} className="min-w-0 flex-1">
              {index <= last && !isCurrent ? (
                <Link
                  to="/sessions/create"
                  search={(prev) => ({ ...prev, step: step.id })}
                  className={`${frame} text-brand-700 hover:bg-white`}
                >
                  {body}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? 'step' : undefined}
                  className={`${frame} ${isCurrent ? '' : 'text-slate-500'}`}
                >
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
