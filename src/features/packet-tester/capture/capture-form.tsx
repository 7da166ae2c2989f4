import { memo, useId, useState, type FormEvent } from 'react';
import type { Port } from '@/domain/model/types';
import { controlClass, Field } from '@/components/form/field';
import { SelectField } from '@/components/form/select-field';
import { Button } from '@/components/ui/button';
import { useT, type MessageId } from '@/i18n';
import { interfaceAddresses, interfaceLabel } from '../interface-lookup';
import type { CaptureInput } from './capture-protocol';
import { CSV_COLUMNS } from './csv-packets';

/** Props of {@link CaptureForm}. */
export interface CaptureFormProps {
  /** Interfaces to choose from, mirror sources first. */
  ports: readonly Port[];
  running: boolean;
  onRun: (port: Port, input: CaptureInput) => void;
}

function exampleLines(port: Port | undefined): string {
  const own = port ? interfaceAddresses(port).find((a) => !a.includes(':')) : undefined;
  const me = own ?? '10.0.0.3';
  return [
    CSV_COLUMNS.join(','),
    `ingress,IPv4,TCP,172.16.0.5,${me},10000,80,64`,
    `egress,IPv4,TCP,${me},172.16.0.5,80,10000,1500`,
    `,,UDP,${me},10.0.0.53,40000,53,80`,
    `,,ICMP,198.51.100.7,${me},,,84`,
  ].join('\n');
}

/** The interface a capture was taken on, and the packets: a capture file or pasted CSV lines. */
function CaptureFormFields({ ports, running, onRun }: CaptureFormProps) {
  const { t } = useT();
  const fileId = useId();
  const [portId, setPortId] = useState(ports[0]?.id ?? '');
  const [mode, setMode] = useState<CaptureInput['kind']>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<MessageId | null>(null);
  const port = ports.find((p) => p.id === portId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!port) return setProblem('tester.capture.chooseInterface');
    if (mode === 'file' && !file) return setProblem('tester.capture.chooseFile');
    if (mode === 'csv' && text.trim() === '') return setProblem('tester.capture.pasteLines');
    setProblem(null);
    onRun(port, mode === 'file' ? { kind: 'file', file: file! } : { kind: 'csv', text });
  };

  return (
    <form aria-label={t('tester.capture.form')} noValidate onSubmit={submit} className="space-y-3">
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-4">
        <SelectField
          label={t('tester.capture.interface')}
          hint={t('tester.capture.interfaceHint')}
          options={ports.map((p) => ({ value: p.id, label: interfaceLabel(p) }))}
          value={portId}
          onChange={(event) => setPortId(event.target.value)}
        />
        <fieldset className="pb-5">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t('tester.capture.from')}</legend>
          <div className="flex gap-4 text-sm">
            {(['file', 'csv'] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="capture-input"
                  value={kind}
                  checked={mode === kind}
                  onChange={() => setMode(kind)}
                  className="accent-brand-600"
                />
                {kind === 'file' ? t('tester.capture.fromFile') : t('tester.capture.fromCsv')}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {mode === 'file' ? (
        <Field label={t('tester.capture.file')} hint={t('tester.capture.fileHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              key={fileId}
              type="file"
              accept=".pcap,.pcapng,.cap,application/vnd.tcpdump.pcap"
              aria-describedby={describedBy}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              className={`${controlClass} h-auto py-1 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-0.5 file:text-sm`}
            />
          )}
        </Field>
      ) : (
        <div className="space-y-1">
          <Field
            label={t('tester.capture.csv')}
            hint={t('tester.capture.csvHint', { columns: CSV_COLUMNS.join(',') })}
          >
            {({ id, describedBy }) => (
              <textarea
                id={id}
                rows={6}
                spellCheck={false}
                value={text}
                aria-describedby={describedBy}
                onChange={(event) => setText(event.target.value)}
                className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
              />
            )}
          </Field>
          <Button variant="ghost" onClick={() => setText(exampleLines(port))}>
            {t('tester.capture.insertExample')}
          </Button>
        </div>
      )}
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t(problem)}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={running}>
        {t('tester.capture.run')}
      </Button>
    </form>
  );
}

/**
 * The form, drawn again only when its props change. Why: progress comes several times a second
 * while a capture runs, and with thousands of interfaces in the list a redrawn form took the
 * page's thread from the workers reading the capture.
 */
export const CaptureForm = memo(CaptureFormFields);
