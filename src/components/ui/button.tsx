import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variants: Record<Variant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 border-brand-600 disabled:bg-brand-600/50',
  secondary: 'bg-white text-slate-800 hover:bg-slate-50 border-slate-300 disabled:text-slate-400',
  danger: 'bg-white text-red-700 hover:bg-red-50 border-red-300 disabled:text-red-300',
  ghost: 'bg-transparent text-brand-700 hover:bg-brand-50 border-transparent disabled:text-slate-400',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows a spinner, sets aria-busy and blocks further clicks while a request is under way. */
  pending?: boolean;
}

/** The console's one button: consistent sizes, visible focus, and a pending state. */
export function Button({
  variant = 'secondary',
  pending = false,
  className = '',
  children,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type="button"
      {...rest}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`inline-flex h-8 items-center gap-1.5 rounded border px-3 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed ${variants[variant]} ${className}`}
    >
      {pending && (
        <span
          aria-hidden="true"
          className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      )}
      {children}
    </button>
  );
}
