import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useT } from '@/i18n';

interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

const ToastContext = createContext<(tone: Toast['tone'], message: string) => void>(() => undefined);

/**
 * Confirmations and failures of background actions, announced politely and dismissible. They
 * appear at the bottom left, over the empty lower part of the side navigation, so that they
 * never cover a page's results or actions.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id));
  const show = useCallback((tone: Toast['tone'], message: string) => {
    const id = Date.now() + Math.random();
    setToasts((list) => [...list.slice(-3), { id, tone, message }]);
    window.setTimeout(
      () => setToasts((list) => list.filter((toast) => toast.id !== id)),
      tone === 'error' ? 10_000 : 5_000,
    );
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="fixed bottom-3 left-2 z-50 flex w-[calc(var(--nav-width)-1rem)] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`flex flex-col items-start gap-1 rounded border px-2.5 py-2 text-[13px] shadow-md ${
              toast.tone === 'success'
                ? 'border-emerald-300 bg-emerald-50 text-emerald-900'
                : 'border-red-300 bg-red-50 text-red-900'
            }`}
          >
            <span className="[overflow-wrap:anywhere]">{toast.message}</span>
            <button type="button" onClick={() => dismiss(toast.id)} className="text-xs font-medium underline">
              {t('toast.dismiss')}
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a toast: `toast('success', 'Session web-to-ids created.')`. */
export function useToast() {
  return useContext(ToastContext);
}
