import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { say, type TesterMessage } from '../tester-message';

/** Props of {@link DownloadCopies}. */
export interface DownloadCopiesProps {
  /** Writes the copies (the worker reads the capture again) and returns them, or why not. */
  copies: () => Promise<Blob | TesterMessage>;
  mirrored: number;
  interfaceName: string;
}

/** Saves a Blob under `name` through a temporary link. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the VXLAN copies of a capture run as a pcap file, written by the worker while it
 * reads the capture again (no server, and never the whole capture in the page).
 */
export function DownloadCopies({ copies, mirrored, interfaceName }: DownloadCopiesProps) {
  const { t } = useT();
  const [writing, setWriting] = useState(false);
  const [problem, setProblem] = useState<TesterMessage | null>(null);
  const download = async () => {
    setWriting(true);
    setProblem(null);
    const file = await copies();
    setWriting(false);
    if (!(file instanceof Blob)) return setProblem(file);
    save(file, `mirror-copies-${interfaceName.replace(/[^\w.-]+/g, '_')}.pcap`);
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => void download()} disabled={mirrored === 0 || writing}>
        {writing ? t('tester.outcome.writing') : t('tester.outcome.download', { count: mirrored })}
      </Button>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {say(t, problem)}
        </p>
      )}
    </div>
  );
}
