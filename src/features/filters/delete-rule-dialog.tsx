import { useState } from 'react';
import { useDeleteRule } from '@/api/filters';
import { describeRule } from '@/domain/model/describe-rule';
import type { TrafficMirrorFilterRule } from '@/domain/model/types';
import { directionWord } from '@/domain/model/direction-words';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';

/** Asks before a rule is deleted, reading the rule out; open while `rule` is set. */
export function DeleteRuleDialog({
  rule,
  onClose,
}: {
  rule: TrafficMirrorFilterRule | null;
  onClose: () => void;
}) {
  const remove = useDeleteRule();
  const toast = useToast();
  const result = useResultText();
  const [error, setError] = useState<string | null>(null);
  const word = directionWord(rule?.direction ?? 'ingress');
  const close = () => (setError(null), onClose());
  const confirm = () => {
    if (!rule) return;
    setError(null);
    remove.mutate(rule.id, {
      onSuccess: () => {
        toast('success', `The ${word} rule with priority ${rule.priority} was deleted.`);
        close();
      },
      onError: (e) => setError(e.message),
    });
  };
  return (
    <Dialog
      open={rule !== null}
      title={`Delete ${word} rule ${rule?.priority ?? ''}?`}
      onClose={() => !remove.isPending && close()}
      actions={
        <>
          <Button onClick={close} disabled={remove.isPending}>
            Cancel
          </Button>
          <Button variant="danger" pending={remove.isPending} onClick={confirm}>
            Delete rule
          </Button>
        </>
      }
    >
      {rule && <p>{result(describeRule(rule))} Packets it decided go on to the next rule.</p>}
      {error && (
        <div className="mt-3">
          <Alert tone="error" title="Not deleted">
            {error}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
