import { useEffect, useState } from 'react';

/**
 * Shown while the large data set loads: the store writes it in one transaction, so the
 * bar is indeterminate and the elapsed time is what moves.
 */
export function LargeDataProgress() {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="mt-2 max-w-md">
      <div
        role="progressbar"
        aria-label="Loading the large data set"
        className="h-2 overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full w-1/3 animate-pulse rounded bg-brand-600" />
      </div>
      <p className="mt-1 text-xs text-slate-500">
        Writing 20,000 sessions… {((now - started) / 1000).toFixed(1)} s
      </p>
    </div>
  );
}
