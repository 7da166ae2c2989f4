import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import {
  choiceText,
  discardedMessage,
  discardSummary,
  type CreatedFilterChoice,
  type CreatedFilterRef,
} from './created-filters';
import { useDeleteCreatedFilters } from './use-delete-created-filters';

const CHOICES: readonly CreatedFilterChoice[] = ['delete', 'keep'];

/** The draft to discard: the filters it created, and what to do before and after. */
export interface DiscardDialogProps {
  open: boolean;
  /** Filters the draft created; none means nothing exists yet. */
  filters: readonly CreatedFilterRef[];
  /** Forgets a filter once it is deleted. */
  forget: (id: string) => void;
  onKeepEditing: () => void;
  /** The button that closes the dialog and discards nothing (Keep editing unless given). */
  keepLabel?: string;
  /** The draft may go: the filters are deleted or kept, as chosen. */
  onDiscarded: () => void;
}

/**
 * Asks before a changed draft is thrown away, and says what exists already: the filters the
 * wizard created are deleted (the default) or kept, as the operator chooses. A refused delete
 * keeps the dialog and the draft, with Retry.
 */
export function DiscardDialog({
  open,
  filters,
  forget,
  onKeepEditing,
  keepLabel,
  onDiscarded,
}: DiscardDialogProps) {
  const words = useT();
  const { t } = words;
  const toast = useToast();
  const [choice, setChoice] = useState<CreatedFilterChoice>('delete');
  const deletion = useDeleteCreatedFilters(forget);
  const deleting = filters.length > 0 && choice === 'delete';

  const close = () => {
    setChoice('delete');
    deletion.reset();
    onKeepEditing();
  };
  const discard = async () => {
    const named = filters;
    if (deleting && !(await deletion.run(named))) return;
    if (named.length > 0) toast('success', discardedMessage(words, named, choice));
    onDiscarded();
  };

  return (
    <Dialog
      open={open}
      title={t('wizard.discard.title')}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>{keepLabel ?? t('wizard.discard.keepEditing')}</Button>
          <Button variant="danger" pending={deletion.pending} onClick={() => void discard()}>
            {t(
              deletion.pending
                ? 'wizard.discard.deleting'
                : deleting && deletion.failure
                  ? 'wizard.discard.retry'
                  : 'wizard.discard.discard',
            )}
          </Button>
        </>
      }
    >
      <p>{discardSummary(words, filters)}</p>
      {filters.length > 0 && (
        <fieldset className="mt-3 space-y-2">
          <legend className="mb-1 font-medium text-slate-800">
            {t('wizard.discard.legend', { count: filters.length })}
          </legend>
          {CHOICES.map((value) => {
            const text = choiceText(words, filters, value);
            return (
              <div key={value} className="flex items-start gap-2">
                <input
                  id={`discard-${value}`}
                  type="radio"
                  name="discard-created-filters"
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                  aria-describedby={`discard-${value}-outcome`}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                <div>
                  <label htmlFor={`discard-${value}`} className="font-medium text-slate-900">
                    {text.label}
                  </label>
                  <p id={`discard-${value}-outcome`} className="text-xs text-slate-600">
                    {text.outcome}
                  </p>
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      {deleting && deletion.failure && (
        <div className="mt-3">
          <Alert tone="error">{deletion.failure}</Alert>
        </div>
      )}
    </Dialog>
  );
}
