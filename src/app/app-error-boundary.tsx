import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div role="alert" className="mx-auto mt-16 max-w-lg rounded border border-red-200 bg-white p-6">
        <h1 className="text-xl font-semibold text-red-800">The console stopped working</h1>
        <p className="mt-2 text-slate-700">{this.state.error.message}</p>
        <a
          href={consoleHome}
          className="mt-4 inline-block rounded bg-brand-600 px-3 py-1.5 font-medium text-white"
        >
          Reload the console
        </a>
      </div>
    );
  }
}
