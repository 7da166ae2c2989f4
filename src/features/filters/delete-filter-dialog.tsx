import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDeleteFilter } from '@/api/filters';
import { validateFilterDelete } from '@/domain/model/filter-constraints';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { useApiErrorText } from '@/components/results/api-error-text';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

export interface DeleteFilterDialogProps {
  open: boolean;
  filter: TrafficMirrorFilter;
  snapshot: Snapshot;
  onClose: () => void;
}

/**
 * Deletes a filter after asking; while sessions use it the dialog says so, naming them,
 * instead of offering to delete (the API would refuse with TM.0006). A refusal that says what
 * the dialog already says (a session started using it meanwhile) is not said twice.
 */
export function DeleteFilterDialog({ open, filter, snapshot, onClose }: DeleteFilterDialogProps) {
  const { t } = useT();
  const remove = useDeleteFilter();
  const toast = useToast();
  const result = useResultText();
  const navigate = useNavigate();
  const [error, setError] = useState<Error | null>(null);
  const refused = useApiErrorText();
  const refusal = validateFilterDelete(snapshot, filter.id)[0];
  const rules = filter.ingress_rules.length + filter.egress_rules.length;
  const close = () => (setError(null), onClose());
  const confirm = () => {
    setError(null);
    remove.mutate(filter.id, {
      onSuccess: () => {
        toast('success', t('filters.delete.done', { name: filter.name }));
        void navigate({ to: '/filters' });
      },
      onError: setError,
    });
  };

  return (
    <Dialog
      open={open}
      title={t(refusal ? 'filters.delete.inUse' : 'filters.delete.title', { name: filter.name })}
      onClose={() => !remove.isPending && close()}
      actions={
        refusal ? (
          <Button onClick={close}>{t('filters.close')}</Button>
        ) : (
          <>
            <Button onClick={close} disabled={remove.isPending}>
              {t('filters.cancel')}
            </Button>
            <Button variant="danger" pending={remove.isPending} onClick={confirm}>
              {t('filters.delete.submit')}
            </Button>
          </>
        )
      }
    >
      {refusal ? <p>{result(refusal.message)}</p> : <p>{t('filters.delete.body', { rules })}</p>}
      {error && (!refusal || refused(error) !== result(refusal.message)) && (
        <div className="mt-3">
          <Alert tone="error" title={t('filters.notDeleted')}>
            {refused(error)}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
