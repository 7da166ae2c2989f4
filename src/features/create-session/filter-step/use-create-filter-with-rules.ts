import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { createRule, filterKeys, useCreateFilter } from '@/api/filters';
import { useCurrentProject } from '@/api/project-context';
import { applyServerError } from '@/components/form/server-field-errors';
import { useApiErrorText } from '@/components/results/api-error-text';
import type { Direction } from '@/domain/model/types';
import { useT } from '@/i18n';
import { RULE_FIELDS } from '@/shared-ui/rule-form-model';
import type { CreatedFilterRef } from '../draft/created-filters';
import { DIRECTIONS } from '@/domain/model/direction-words';
import type { NewFilterValues } from './new-filter-schema';

/** What has been created so far: a retry after a refused rule sends only what is missing. */
interface Progress {
  filterId: string | null;
  /** `ingress.0`, `egress.2`... */
  createdRules: ReadonlySet<string>;
}

/** The filter made in place, as the filter step announces it. */
export interface CreatedFilter {
  id: string;
  name: string;
  ruleCount: number;
}

/**
 * Creates the in-place filter, then its rules one by one (the API takes them separately).
 * A refused field is shown at its field; a rule refused after the filter exists keeps what
 * was created, so the next attempt adds only the rest. `onFilterCreated` hears of the filter
 * the moment it exists, before its rules: from then on it is real, whatever happens next.
 */
export function useCreateFilterWithRules(
  form: UseFormReturn<NewFilterValues>,
  onFilterCreated: (filter: CreatedFilterRef) => void,
) {
  const { t } = useT();
  const refused = useApiErrorText();
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  const createFilter = useCreateFilter();
  const [progress, setProgress] = useState<Progress>({ filterId: null, createdRules: new Set() });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef(false);

  const run = async (values: NewFilterValues): Promise<CreatedFilter | null> => {
    if (running.current) return null;
    running.current = true;
    setPending(true);
    setFailure(null);
    let { filterId } = progress;
    const created = new Set(progress.createdRules);
    let current = 'name';
    let currentRule: { direction: Direction; number: number } = { direction: 'ingress', number: 0 };
    try {
      if (!filterId) {
        const filter = await createFilter.mutateAsync({ name: values.name, description: values.description });
        filterId = filter.id;
        setProgress({ filterId, createdRules: created });
        onFilterCreated({ id: filter.id, name: filter.name });
      }
      for (const direction of DIRECTIONS) {
        for (const [index, rule] of values[direction].entries()) {
          current = `${direction}.${index}`;
          currentRule = { direction, number: index + 1 };
          if (created.has(current)) continue;
          await createRule(projectId, { ...rule, traffic_mirror_filter_id: filterId, direction });
          created.add(current);
          setProgress({ filterId, createdRules: new Set(created) });
        }
      }
      // Rules were added one by one outside the filter hooks: refresh the list (not awaited).
      void queryClient.invalidateQueries({ queryKey: filterKeys.all(projectId) });
      setProgress({ filterId: null, createdRules: new Set() });
      return { id: filterId, name: values.name, ruleCount: created.size };
    } catch (error) {
      const message = refused(error);
      reportFailure(form, error, current === 'name' ? '' : `${current}.`);
      setFailure(
        filterId
          ? t('wizard.newFilter.ruleFailed', { name: values.name, ...currentRule, message })
          : t('wizard.newFilter.failed', { message }),
      );
      return null;
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  return {
    run,
    pending,
    failure,
    createdRules: progress.createdRules,
    filterCreated: progress.filterId !== null,
  };
}

/** Puts each field error of an API answer at its field of the in-place filter form. */
function reportFailure(form: UseFormReturn<NewFilterValues>, error: unknown, prefix: string) {
  const fields =
    prefix === ''
      ? (['name', 'description'] as const)
      : Object.fromEntries(RULE_FIELDS.map((name) => [name, `${prefix}${name}` as `ingress.0.priority`]));
  applyServerError(error, fields, form.setError, { focus: false });
}
