import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { stepOf } from './wizard-steps';
import type { WizardDraft } from './wizard-values';

/** Asks before a changed draft is thrown away. */
export function CancelDialog({
  open,
  onKeep,
  onDiscard,
}: {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <Dialog
      open={open}
      title="Discard this session draft?"
      onClose={onKeep}
      actions={
        <>
          <Button onClick={onKeep}>Keep editing</Button>
          <Button variant="danger" onClick={onDiscard}>
            Discard draft
          </Button>
        </>
      }
    >
      The choices you made for the new mirror session will be lost. Nothing has been created yet.
    </Dialog>
  );
}

function savedWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString();
}

/** Offered on arrival when an unfinished draft of this region was saved. */
export function ResumeDraftPanel({
  draft,
  onResume,
  onDiscard,
}: {
  draft: WizardDraft;
  onResume: () => void;
  onDiscard: () => void;
}) {
  const name = draft.values.name.trim();
  const heading = useRef<HTMLHeadingElement>(null);
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
        step “{stepOf(draft.step).title}”. Resume it, or discard it and start a new session.
      </p>
      <div className="mt-4 flex gap-2">
        <Button variant="primary" onClick={onResume}>
          Resume draft
        </Button>
        <Button onClick={onDiscard}>Discard and start over</Button>
      </div>
    </section>
  );
}
