import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '@/i18n';

const consoleHome = import.meta.env.BASE_URL;

interface State {
  error: Error | null;
}

/** Last line of defence: a readable message and a way back if the shell itself fails. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <AppFailed message={this.state.error.message} />;
  }
}

/** What the boundary shows, in the console's language. */
function AppFailed({ message }: { message: string }) {
  const { t } = useT();
  return (
    <div role="alert" className="mx-auto mt-16 max-w-lg rounded border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-800">{t('error.appTitle')}</h1>
      <p className="mt-2 text-slate-700">{message}</p>
      <a
        href={consoleHome}
        className="mt-4 inline-block rounded bg-brand-600 px-3 py-1.5 font-medium text-white"
      >
        {t('error.reload')}
      </a>
    </div>
  );
}
