import { useCreateSecurityGroupRule } from '@/api/security-group-rules';
import type { SecurityGroupRuleFix } from '@/domain/model/warnings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useWizard } from './wizard-context';

/** The rule W1 proposes (null: the dialog is closed) and the source it lets in. */
export interface AddRuleDialogProps {
  rule: SecurityGroupRuleFix | null;
  /** Names the source the rule lets in, for the rule's description. */
  sourceName: string;
  onClose: () => void;
}

/** Shows exactly the security-group rule that will be added (W1's fix), then adds it. */
export function AddRuleDialog({ rule, sourceName, onClose }: AddRuleDialogProps) {
  const { snapshot } = useWizard();
  const create = useCreateSecurityGroupRule();
  const toast = useToast();
  const group = rule && snapshot.inventory.security_groups.find((g) => g.id === rule.security_group_id);
  const description = `Traffic Mirroring (VXLAN) from ${sourceName}`;
  const rows: [string, string][] = rule
    ? [
        ['Security group', group?.name ?? rule.security_group_id],
        ['Direction', 'Inbound'],
        ['Action', 'Allow'],
        ['Type', rule.ethertype],
        ['Protocol & port', `UDP: ${rule.multiport}`],
        ['Source', `IP address: ${rule.remote_ip_prefix}`],
        ['Priority', String(rule.priority)],
        ['Description', description],
      ]
    : [];

  const close = () => {
    create.reset();
    onClose();
  };
  const add = () => {
    if (!rule || create.isPending) return;
    create.mutate(
      { ...rule, description },
      {
        onSuccess: () => {
          toast('success', `Rule added to security group ${group?.name ?? rule.security_group_id}.`);
          close();
        },
      },
    );
  };

  return (
    <Dialog
      open={rule !== null}
      title="Add a security group rule"
      onClose={close}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" pending={create.isPending} onClick={add}>
            {create.isPending ? 'Adding rule…' : 'Add rule'}
          </Button>
        </>
      }
    >
      <p>This rule lets the target receive the copies (VXLAN, UDP 4789) sent from {sourceName}:</p>
      <table aria-label="Rule to add" className="mt-3 w-full text-sm">
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 pr-3 text-left font-medium whitespace-nowrap text-slate-600">
                {name}
              </th>
              <td className="py-1">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {create.error && (
        <div className="mt-3">
          <Alert tone="error" title="The rule was not added">
            {create.error.message} Try again, or add it from the security group.
          </Alert>
        </div>
      )}
    </Dialog>
  );
}
