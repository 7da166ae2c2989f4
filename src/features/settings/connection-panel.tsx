import type { ConsoleMode } from '@/api/console-mode';
import { Panel } from '@/components/ui/panel';
import { connectionWords, useT } from '@/i18n';

type CloudMode = Extract<ConsoleMode, { mode: 'cloud' }>;

/**
 * Where the console's requests go when `npm run cloud` serves it, and how to point it
 * elsewhere: the server reads its connection from the environment when it starts.
 */
export function ConnectionPanel({ mode }: { mode: CloudMode }) {
  const { t } = useT();
  const { name, description } = connectionWords(t, mode);
  return (
    <Panel title="Connection">
      <p className="text-sm text-slate-700">{description}</p>
      <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-500">Cloud</dt>
        <dd>{name}</dd>
        <dt className="text-slate-500">Endpoint</dt>
        <dd className="font-mono break-all">{mode.endpoint}</dd>
        <dt className="text-slate-500">Account (access key)</dt>
        <dd className="font-mono">{mode.account || 'Not given'}</dd>
        <dt className="text-slate-500">Changes</dt>
        <dd>{mode.readOnly ? 'Read-only: every change is refused' : 'Allowed'}</dd>
      </dl>
      <div className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">
        <p>
          To change them, stop <code className="font-mono">npm run cloud</code> and start it again with other
          environment variables:
        </p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>
            <code className="font-mono">HUAWEICLOUD_SDK_AK</code> and{' '}
            <code className="font-mono">HUAWEICLOUD_SDK_SK</code> (and{' '}
            <code className="font-mono">HUAWEICLOUD_SDK_SECURITY_TOKEN</code> for temporary credentials): the
            account;
          </li>
          <li>
            <code className="font-mono">TM_CLOUD_ENDPOINT</code>: one base address for every service (leave it
            out for Huawei Cloud itself);
          </li>
          <li>
            <code className="font-mono">TM_READ_ONLY=1</code> to refuse every change; leave it out to allow
            changes.
          </li>
        </ul>
        <p className="mt-1">Then open the new access link it prints.</p>
      </div>
    </Panel>
  );
}
