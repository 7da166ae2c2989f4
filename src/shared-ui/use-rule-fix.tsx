import { useState, type ReactNode } from 'react';
import type { Inventory } from '@/domain/model/types';
import { isDeliveryRuleFix, type DeliveryRuleFix } from '@/domain/model/warning-fixes';
import type { MirrorWarning } from '@/domain/model/warnings';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { RuleFixDialog } from './rule-fix-dialog';

/** What {@link useRuleFix} gives a warning list: a button per fixable warning, and the dialog. */
export interface RuleFix {
  /** The button that opens the confirmation for a W1/W2 warning's rule; null for other warnings. */
  button: (warning: MirrorWarning) => ReactNode;
  /** The confirmation dialog, to render once in the list. */
  dialog: ReactNode;
}

/**
 * W1 and W2 fixed the same way wherever warnings are listed: a button names the rule to add,
 * the dialog shows it exactly, and `apply` (the feature's API call) adds it on confirmation.
 */
export function useRuleFix(
  inventory: Inventory,
  apply: (fix: DeliveryRuleFix, sourceName: string) => Promise<unknown>,
): RuleFix {
  const { t } = useT();
  const [adding, setAdding] = useState<{ fix: DeliveryRuleFix; source: string } | null>(null);
  const button = (warning: MirrorWarning) => {
    const { fix } = warning;
    if (!isDeliveryRuleFix(fix)) return null;
    const id = warning.resources[0] ?? '';
    const source = inventory.ports.find((p) => p.id === id)?.name ?? id;
    return (
      <Button className="shrink-0" onClick={() => setAdding({ fix, source })}>
        {t('ruleFix.open', { kind: fix.kind === 'add-security-group-rule' ? 'group' : 'acl' })}
      </Button>
    );
  };
  const dialog = (
    <RuleFixDialog
      fix={adding?.fix ?? null}
      sourceName={adding?.source ?? ''}
      inventory={inventory}
      onConfirm={() => (adding ? apply(adding.fix, adding.source) : Promise.resolve())}
      onClose={() => setAdding(null)}
    />
  );
  return { button, dialog };
}
