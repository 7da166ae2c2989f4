import { Link } from '@tanstack/react-router';

/** Shown for any address the console does not know, with a way back. */
export function NotFoundPage() {
  return (
    <div className="mx-auto mt-16 max-w-lg text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">
        There is no page at this address. It may have been mistyped, or the resource it showed was deleted.
      </p>
      <Link
        to="/"
        className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        Go to the console home
      </Link>
    </div>
  );
}
