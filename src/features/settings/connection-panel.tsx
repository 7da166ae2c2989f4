import type { ConsoleMode } from '@/api/console-mode';
import { Panel } from '@/components/ui/panel';
import { RichMessage } from '@/components/ui/rich-message';
import { connectionWords, useT } from '@/i18n';

type CloudMode = Extract<ConsoleMode, { mode: 'cloud' }>;

/** An environment variable or a command, as typed in a terminal. */
const code = (text: string) => <code className="font-mono">{text}</code>;

/**
 * Where the console's requests go when `npm run cloud` serves it, and how to point it
 * elsewhere: the server reads its connection from the environment when it starts.
 */
export function ConnectionPanel({ mode }: { mode: CloudMode }) {
  const { t } = useT();
  const { name, description } = connectionWords(t, mode);
  return (
    <Panel title={t('settings.connection.title')}>
      <p className="text-sm text-slate-700">{description}</p>
      <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-500">{t('settings.connection.cloud')}</dt>
        <dd>{name}</dd>
        <dt className="text-slate-500">{t('settings.connection.endpoint')}</dt>
        <dd className="font-mono break-all">{mode.endpoint}</dd>
        <dt className="text-slate-500">{t('settings.connection.account')}</dt>
        <dd className="font-mono">{mode.account || t('settings.connection.noAccount')}</dd>
        <dt className="text-slate-500">{t('settings.connection.changes')}</dt>
        <dd>{t(mode.readOnly ? 'settings.connection.readOnly' : 'settings.connection.allowed')}</dd>
      </dl>
      <div className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">
        <p>
          <RichMessage id={'settings.connection.howTo'} nodes={{ command: code('npm run cloud') }} />
        </p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>
            <RichMessage
              id={'settings.connection.accountVariables'}
              nodes={{
                ak: code('HUAWEICLOUD_SDK_AK'),
                sk: code('HUAWEICLOUD_SDK_SK'),
                token: code('HUAWEICLOUD_SDK_SECURITY_TOKEN'),
              }}
            />
          </li>
          <li>
            <RichMessage
              id={'settings.connection.endpointVariable'}
              nodes={{ variable: code('TM_CLOUD_ENDPOINT') }}
            />
          </li>
          <li>
            <RichMessage
              id={'settings.connection.readOnlyVariable'}
              nodes={{ variable: code('TM_READ_ONLY=1') }}
            />
          </li>
        </ul>
        <p className="mt-1">{t('settings.connection.then')}</p>
      </div>
    </Panel>
  );
}
