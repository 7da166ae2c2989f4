import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { resumeNote } from './created-filters';
import { DiscardDialog } from './discard-dialog';
import { stepOf } from '../wizard-steps';
import type { WizardDraft } from '../wizard-values';

function savedWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString();
}

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
  const name = draft.values.name.trim();
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
        Resume your unfinished session?
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        A draft {name ? `named “${name}”` : 'without a name'} was saved {savedWhen(draft.savedAt)}, at the
        step “{stepOf(draft.step).title}”.{resumeNote(draft.createdFilters)} Resume it, or discard it and
        start a new session.
      </p>
      <div className="mt-4 flex gap-2">
        <Button variant="primary" onClick={onResume}>
          Resume draft
        </Button>
        <Button onClick={() => (draft.createdFilters.length > 0 ? setConfirm(true) : onDiscard())}>
          Discard and start over
        </Button>
      </div>
      <DiscardDialog
        open={confirm}
        filters={draft.createdFilters}
        forget={forgetFilter}
        onKeepEditing={() => setConfirm(false)}
        keepLabel="Keep the draft"
        onDiscarded={onDiscard}
      />
    </section>
  );
}
