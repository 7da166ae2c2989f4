import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '@/i18n';
import { problemMark } from '../problem-focus';
import type { StepId } from '../wizard-values';

/** One summarised value of the review. */
export interface ReviewItem {
  label: string;
  value: ReactNode;
  /** A problem the server reported for this field. */
  error?: string;
}

/** One summarised step of the review, titled by its step, with a link back to edit it. */
export function ReviewSection({ step, items }: { step: Exclude<StepId, 'review'>; items: ReviewItem[] }) {
  const { t } = useT();
  const headingId = `review-${step}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-800">
          {t('wizard.review.section', { step })}
        </h3>
        <Link
          to="/sessions/create"
          search={(prev) => ({ ...prev, step })}
          aria-label={t('wizard.review.editSection', { step })}
          className="rounded text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t('wizard.review.edit')}
        </Link>
      </div>
      <table aria-labelledby={headingId} className="my-2 w-full text-sm">
        <tbody>
          {items.map((item) => (
            <tr key={item.label}>
              <th scope="row" className="w-48 px-4 py-1 text-left align-top font-normal text-slate-600">
                {item.label}
              </th>
              <td className="min-w-0 py-1 pr-4 align-top text-slate-900">
                {item.value}
                {item.error && (
                  <p role="alert" {...problemMark} className="text-xs font-medium text-red-700">
                    {item.error}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
