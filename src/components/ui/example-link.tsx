import { Link } from '@tanstack/react-router';
import { useT } from '@/i18n';

/** Props of {@link ExampleLink}. */
export interface ExampleLinkProps {
  /** The example in one line, such as a packet. */
  text: string;
  /** Where the example opens, and its search parameters. */
  to: string;
  search: Record<string, unknown>;
  /** The visible words, such as "Test this packet". */
  label: string;
  /** Added to the accessible name so that links of several examples can be told apart. */
  context: string;
}

/** An example in monospace, and a link that opens it where it can be tried. */
export function ExampleLink({ text, to, search, label, context }: ExampleLinkProps) {
  const { t } = useT();
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="font-mono text-xs text-slate-700">{text}</span>
      <Link
        to={to}
        search={search}
        aria-label={t('exampleLink.name', { label, context })}
        className="text-xs font-medium whitespace-nowrap text-brand-700 underline underline-offset-2"
      >
        {label}
      </Link>
    </span>
  );
}
