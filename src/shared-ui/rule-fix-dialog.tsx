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
  fix: DeliveryRuleFix,
  sourceName: string,
  inventory: Inventory,
): [string, string | ResultMessage][] {
  const description: [string, string] = ['Description', deliveryRuleDescription(sourceName)];
  if (fix.kind === 'add-security-group-rule') {
    const { rule } = fix;
    const group = inventory.security_groups.find((g) => g.id === rule.security_group_id);
    return [
      ['Security group', group?.name ?? rule.security_group_id],
      ['Direction', 'Inbound'],
      ['Action', 'Allow'],
      ['Type', rule.ethertype],
      ['Protocol & port', `UDP: ${rule.multiport}`],
      ['Source', `IP address: ${rule.remote_ip_prefix}`],
      ['Priority', String(rule.priority)],
      description,
    ];
  }
  const { rule } = fix.rule;
  const acl = inventory.network_acls.find((a) => a.id === fix.rule.firewall_id);
  return [
    ['Network ACL', acl?.name ?? fix.rule.firewall_id],
    ['Direction', 'Inbound'],
    ['Action', 'Allow'],
    ['Type', `IPv${rule.ip_version}`],
    ['Protocol & port', `UDP: ${rule.destination_port}`],
    ['Source', `IP address: ${rule.source_ip_address}`],
    ['Destination', rule.destination_ip_address || 'Any'],
    ['Position', aclRulePlace(inventory, fix.rule)],
    ['Name', aclRuleName(sourceName)],
    description,
  ];
}

/**
 * Shows exactly the rule a W1 or W2 fix will add (the target's security group rule, or its
 * subnet's network ACL rule and where it goes), then adds it on confirmation.
 */
export function RuleFixDialog({ fix, sourceName, inventory, onConfirm, onClose }: RuleFixDialogProps) {
  const toast = useToast();
  const text = useResultText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const acl = fix?.kind === 'add-network-acl-rule';
  const where = fix && rowsOf(fix, sourceName, inventory)[0]!;

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
      toast('success', `Rule added to ${acl ? 'network ACL' : 'security group'} ${text(where?.[1])}.`);
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
      title={acl ? 'Add a network ACL rule' : 'Add a security group rule'}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" pending={pending} onClick={() => void add()}>
            {pending ? 'Adding rule…' : 'Add rule'}
          </Button>
        </>
      }
    >
      <p>
        {acl
          ? `This rule lets the copies (VXLAN, UDP 4789) sent from ${sourceName} into the target's subnet:`
          : `This rule lets the target receive the copies (VXLAN, UDP 4789) sent from ${sourceName}:`}
      </p>
      <table aria-label="Rule to add" className="mt-3 w-full text-sm">
        <tbody>
          {fix &&
            rowsOf(fix, sourceName, inventory).map(([name, value]) => (
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
          <Alert tone="error" title="The rule was not added">
            {error} Try again, or add it from the {acl ? 'network ACL' : 'security group'}.
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
