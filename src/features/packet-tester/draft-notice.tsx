import { Link } from '@tanstack/react-router';
import type { DraftSessionLink } from '@/domain/model/draft-session';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/i18n';

/**
 * Says that the packets are tested with a session that does not exist yet (the create
 * wizard's draft) and leads back to the wizard, where the draft is kept.
 */
export function DraftNotice({ draft }: { draft: DraftSessionLink }) {
  const { t } = useT();
  const name = draft.name.trim() || t('tester.draft.unnamed');
  return (
    <div className="mb-4">
      <Alert tone="info" title={t('tester.draft.title', { name })}>
        {t('tester.draft.body', { priority: draft.priority })}{' '}
        <Link
          to="/sessions/create"
          search={{ step: 'review' }}
          className="font-medium text-brand-700 underline underline-offset-2"
        >
          {t('tester.draft.back')}
        </Link>
      </Alert>
    </div>
  );
}
