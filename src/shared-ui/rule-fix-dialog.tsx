import { useState } from 'react';
import type { ResultMessage } from '@/domain/model/message';
import type { Inventory } from '@/domain/model/types';
import {
  aclRuleName,
  aclRulePlace,
  deliveryRuleDescription,
  type DeliveryRuleFix,
} from '@/domain/model/warning-fixes';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useT, type Translator } from '@/i18n';

/** The fix to confirm (null: closed), the source its rule lets in, and how to add it. */
export interface RuleFixDialogProps {
  fix: DeliveryRuleFix | null;
  /** Names the source the rule lets in, in the rule's name and description. */
  sourceName: string;
  inventory: Inventory;
  /** Adds the rule; the dialog closes when it settles, and says why when it fails. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

function rowsOf(
  t: Translator['t'],
  fix: DeliveryRuleFix,
  sourceName: string,
  inventory: Inventory,
): [string, string | ResultMessage][] {
  const description: [string, string] = [t('ruleFix.description'), deliveryRuleDescription(sourceName)];
  const inbound: [string, string] = [t('ruleFix.direction'), t('ruleFix.inbound')];
  const allow: [string, string] = [t('ruleFix.action'), t('ruleFix.allow')];
  if (fix.kind === 'add-security-group-rule') {
    const { rule } = fix;
    const group = inventory.security_groups.find((g) => g.id === rule.security_group_id);
    return [
      [t('ruleFix.securityGroup'), group?.name ?? rule.security_group_id],
      inbound,
      allow,
      [t('ruleFix.type'), rule.ethertype],
      [t('ruleFix.protocolPort'), t('ruleFix.udpPorts', { ports: rule.multiport })],
      [t('ruleFix.source'), t('ruleFix.ipAddress', { address: rule.remote_ip_prefix })],
      [t('ruleFix.priority'), String(rule.priority)],
      description,
    ];
  }
  const { rule } = fix.rule;
  const acl = inventory.network_acls.find((a) => a.id === fix.rule.firewall_id);
  return [
    [t('ruleFix.networkAcl'), acl?.name ?? fix.rule.firewall_id],
    inbound,
    allow,
    [t('ruleFix.type'), `IPv${rule.ip_version}`],
    [t('ruleFix.protocolPort'), t('ruleFix.udpPorts', { ports: rule.destination_port })],
    [t('ruleFix.source'), t('ruleFix.ipAddress', { address: rule.source_ip_address })],
    [t('ruleFix.destination'), rule.destination_ip_address || t('ruleFix.any')],
    [t('ruleFix.position'), aclRulePlace(inventory, fix.rule)],
    [t('ruleFix.name'), aclRuleName(sourceName)],
    description,
  ];
}

/**
 * Shows exactly the rule a W1 or W2 fix will add (the target's security group rule, or its
 * subnet's network ACL rule and where it goes), then adds it on confirmation.
 */
export function RuleFixDialog({ fix, sourceName, inventory, onConfirm, onClose }: RuleFixDialogProps) {
  const { t } = useT();
  const toast = useToast();
  const text = useResultText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const acl = fix?.kind === 'add-network-acl-rule';
  const kind = acl ? 'acl' : 'group';
  const rows = fix ? rowsOf(t, fix, sourceName, inventory) : [];

  const close = () => {
    setError(null);
    onClose();
  };
  const add = async () => {
    if (!fix || pending) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      toast('success', t('ruleFix.added', { kind, name: text(rows[0]?.[1] ?? '') }));
      close();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open={fix !== null}
      title={t('ruleFix.title', { kind })}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>{t('ruleFix.cancel')}</Button>
          <Button variant="primary" pending={pending} onClick={() => void add()}>
            {pending ? t('ruleFix.adding') : t('ruleFix.add')}
          </Button>
        </>
      }
    >
      <p>{t('ruleFix.intro', { kind, source: sourceName })}</p>
      <table aria-label={t('ruleFix.table')} className="mt-3 w-full text-sm">
        <tbody>
          {fix &&
            rows.map(([name, value]) => (
              <tr key={name} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1 pr-3 text-left font-medium whitespace-nowrap text-slate-600">
                  {name}
                </th>
                <td className="py-1">{text(value)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {error && (
        <div className="mt-3">
          <Alert tone="error" title={t('ruleFix.failed')}>
            {error} {t('ruleFix.retry', { kind })}
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
