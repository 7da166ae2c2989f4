import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '@/api/client';
import { exportStore, useImportStore } from '@/api/mock-admin';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

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
  const importStore = useImportStore();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string>();

  const doExport = async () => {
    setExporting(true);
    try {
      const data = await exportStore();
      download(
        `traffic-mirroring-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
      );
    } catch (e) {
      toast('error', `The export failed: ${(e as Error).message}`);
    } finally {
      setExporting(false);
    }
  };

  const doImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(undefined);
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setProblem(
        `${file.name} is not a JSON file. Choose a file made by "Export to JSON". Nothing was changed.`,
      );
      return;
    }
    importStore.mutate(body, {
      onSuccess: () => toast('success', `Imported ${file.name}.`),
      onError: (e) => {
        const details = e instanceof ApiError ? e.details.map((d) => `${d.field}: ${d.message}`) : [];
        setProblem(
          [`${file.name} was refused: ${e.message}`, ...details.slice(0, 5), 'Nothing was changed.'].join(
            '\n',
          ),
        );
      },
    });
  };

  return (
    <div className="border-t border-slate-100 pt-4">
      <div className="flex items-start justify-between gap-4">
        <p className="text-slate-600">
          Save the whole demo cloud (every region, settings included) to a JSON file, or replace it with such
          a file.
        </p>
        <div className="flex shrink-0 gap-2">
          <Button pending={exporting} onClick={() => void doExport()}>
            Export to JSON
          </Button>
          <Button pending={importStore.isPending} onClick={() => input.current?.click()}>
            Import from JSON
          </Button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            aria-label="JSON file to import"
            className="hidden"
            onChange={(e) => void doImport(e)}
          />
        </div>
      </div>
      {problem && (
        <div className="mt-2 whitespace-pre-line">
          <Alert tone="error" title="Import refused">
            {problem}
          </Alert>
        </div>
      )}
    </div>
  );
}
