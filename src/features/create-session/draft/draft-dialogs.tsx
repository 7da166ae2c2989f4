import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { resumeText } from './created-filters';
import { DiscardDialog } from './discard-dialog';
import { stepTitle } from '../wizard-steps';
import type { WizardDraft } from '../wizard-values';

/** The offered draft, and what resuming or discarding it does. */
export interface ResumeDraftPanelProps {
  draft: WizardDraft;
  onResume: () => void;
  /** The draft is gone (its filters deleted or kept, as chosen): start a new one. */
  onDiscard: () => void;
  /** Forgets a filter of the draft once it is deleted. */
  forgetFilter: (id: string) => void;
}

/**
 * Offered on arrival when an unfinished draft of this region was saved. A draft that already
 * created filters asks, as Cancel does, whether to delete them before it is discarded.
 */
export function ResumeDraftPanel({ draft, onResume, onDiscard, forgetFilter }: ResumeDraftPanelProps) {
  const words = useT();
  const { t } = words;
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirm, setConfirm] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="resume-draft" className="max-w-2xl rounded border border-sky-200 bg-white p-5">
      <h2
        id="resume-draft"
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {t('wizard.draft.title')}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {resumeText(words, {
          name: draft.values.name,
          savedAt: draft.savedAt,
          step: t(stepTitle(draft.step)),
          filters: draft.createdFilters,
        })}
      </p>
      <div className="mt-4 flex gap-2">
        <Button variant="primary" onClick={onResume}>
          {t('wizard.draft.resume')}
        </Button>
        <Button onClick={() => (draft.createdFilters.length > 0 ? setConfirm(true) : onDiscard())}>
          {t('wizard.draft.startOver')}
        </Button>
      </div>
      <DiscardDialog
        open={confirm}
        filters={draft.createdFilters}
        forget={forgetFilter}
        onKeepEditing={() => setConfirm(false)}
        keepLabel={t('wizard.draft.keep')}
        onDiscarded={onDiscard}
      />
    </section>
  );
}
