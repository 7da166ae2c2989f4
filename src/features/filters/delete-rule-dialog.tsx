import { useState } from 'react';
import { useDeleteRule } from '@/api/filters';
import { describeRule } from '@/domain/model/describe-rule';
import type { TrafficMirrorFilterRule } from '@/domain/model/types';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { useApiErrorText } from '@/components/results/api-error-text';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

/** Asks before a rule is deleted, reading the rule out; open while `rule` is set. */
export function DeleteRuleDialog({
  rule,
  onClose,
}: {
  rule: TrafficMirrorFilterRule | null;
  onClose: () => void;
}) {
  const { t } = useT();
  const remove = useDeleteRule();
  const toast = useToast();
  const result = useResultText();
  const [error, setError] = useState<Error | null>(null);
  const refusal = useApiErrorText();
  const direction = rule?.direction ?? 'ingress';
  const close = () => (setError(null), onClose());
  const confirm = () => {
    if (!rule) return;
    setError(null);
    remove.mutate(rule.id, {
      onSuccess: () => {
        toast('success', t('filters.deleteRule.done', { direction, priority: rule.priority }));
        close();
      },
      onError: setError,
    });
  };
  return (
    <Dialog
      open={rule !== null}
      title={t('filters.deleteRule.title', { direction, priority: rule?.priority ?? '' })}
      onClose={() => !remove.isPending && close()}
      actions={
        <>
          <Button onClick={close} disabled={remove.isPending}>
            {t('filters.cancel')}
          </Button>
          <Button variant="danger" pending={remove.isPending} onClick={confirm}>
            {t('filters.deleteRule.submit')}
          </Button>
        </>
      }
    >
      {rule && (
        <p>
          {result(describeRule(rule))} {t('filters.deleteRule.next')}
        </p>
      )}
      {error && (
        <div className="mt-3">
          <Alert tone="error" title={t('filters.notDeleted')}>
            {refusal(error)}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
