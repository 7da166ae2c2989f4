import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '@/api/client';
import { exportStore, useImportStore } from '@/api/mock-admin';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useT } from '@/i18n';
import { ImportRefusal, type ImportRefusalReason } from './import-refusal';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Export everything to a JSON file and import such a file back (all or nothing). */
export function TransferControls() {
  const { t } = useT();
  const refused = useApiErrorText();
  const importStore = useImportStore();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [refusal, setRefusal] = useState<ImportRefusalReason>();

  const doExport = async () => {
    setExporting(true);
    try {
      const data = await exportStore();
      download(
        `traffic-mirroring-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
      );
    } catch (e) {
      toast('error', t('settings.transfer.exportFailed', { message: refused(e) }));
    } finally {
      setExporting(false);
    }
  };

  const doImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setRefusal(undefined);
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setRefusal({
        file: file.name,
        message: t('settings.transfer.notJson'),
        problems: [],
      });
      return;
    }
    importStore.mutate(body, {
      onSuccess: () => toast('success', t('settings.transfer.imported', { file: file.name })),
      onError: (e) =>
        setRefusal({
          file: file.name,
          message: refused(e),
          problems: e instanceof ApiError ? e.details : [],
        }),
    });
  };

  return (
    <div className="border-t border-slate-100 pt-4">
      <div className="flex items-start justify-between gap-4">
        <p className="text-slate-600">{t('settings.transfer.body')}</p>
        <div className="flex shrink-0 gap-2">
          <Button pending={exporting} onClick={() => void doExport()}>
            {t('settings.transfer.export')}
          </Button>
          <Button pending={importStore.isPending} onClick={() => input.current?.click()}>
            {t('settings.transfer.import')}
          </Button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            aria-label={t('settings.transfer.file')}
            className="hidden"
            onChange={(e) => void doImport(e)}
          />
        </div>
      </div>
      {refusal && (
        <div className="mt-2">
          <ImportRefusal reason={refusal} />
        </div>
      )}
    </div>
  );
}
