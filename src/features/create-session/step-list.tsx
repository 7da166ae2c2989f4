import { Link } from '@tanstack/react-router';
import { STEPS, stepIndex, type StepId } from './wizard-steps';

export interface StepListProps {
  current: StepId;
  /** The furthest step the operator may open (every step before it is complete). */
  reachable: StepId;
}

/** The wizard's steps; those already reachable are links, the current one is marked. */
export function StepList({ current, reachable }: StepListProps) {
  const last = stepIndex(reachable);
  return (
    <nav aria-label="Wizard steps" className="w-52 shrink-0">
      <ol className="space-y-0.5 text-sm">
        {STEPS.map((step, index) => {
          const isCurrent = step.id === current;
          const body = (
            <>
              <span className="block text-xs text-slate-500">Step {index + 1}</span>
              <span className={isCurrent ? 'font-semibold text-slate-900' : ''}>{step.title}</span>
            </>
          );
          const frame = `block border-l-2 px-3 py-1.5 ${isCurrent ? 'border-brand-600 bg-white' : 'border-slate-200'}`;
          return (
            <li key={step.id}>
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
