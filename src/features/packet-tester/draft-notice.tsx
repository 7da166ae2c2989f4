import { Link } from '@tanstack/react-router';
import type { DraftSessionLink } from '@/domain/model/draft-session';
import { Alert } from '@/components/ui/alert';

/**
 * Says that the packets are tested with a session that does not exist yet (the create
 * wizard's draft) and leads back to the wizard, where the draft is kept.
 */
export function DraftNotice({ draft }: { draft: DraftSessionLink }) {
  const name = draft.name.trim() || 'new session';
  return (
    <div className="mb-4">
      <Alert tone="info" title={`Tested against your draft session "${name}", not yet created`}>
        The region&apos;s sessions and this draft (priority {draft.priority}) decide the verdicts below, as
        they will once the session is created.{' '}
        <Link
          to="/sessions/create"
          search={{ step: 'review' }}
          className="font-medium text-brand-700 underline underline-offset-2"
        >
          Back to the wizard
        </Link>
      </Alert>
    </div>
  );
}
