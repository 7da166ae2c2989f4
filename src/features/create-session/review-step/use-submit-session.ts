import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useCreateSession } from '@/api/sessions';
import { applyServerError } from '@/components/form/server-field-errors';
import type { SessionCreate } from '@/domain/model/session-schema';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { stepOfField } from '../wizard-steps';
import type { StepId, WizardValues } from '../wizard-values';

/** A refused create: the server's message, and the fields it named (each now shows its error). */
export interface SubmitFailure {
  /** The refusal, shown in the console's language where it is drawn. */
  error: unknown;
  fields: { field: keyof WizardValues; step: StepId; message: string }[];
}

const FORM_FIELDS: readonly (keyof WizardValues)[] = [
  'name',
  'description',
  'priority',
  'virtual_network_id',
  'packet_length',
  'enabled',
  'traffic_mirror_filter_id',
  'traffic_mirror_sources',
  'traffic_mirror_target_type',
  'traffic_mirror_target_id',
];

/**
 * Sends the create call once at a time (a second click while it runs does nothing). A field
 * error from the server is put at its field; anything else is kept for the review step, whose
 * Retry sends the same values again.
 */
export function useSubmitSession(
  form: UseFormReturn<WizardValues, unknown, SessionCreate>,
  onCreated: (session: TrafficMirrorSession) => void,
) {
  const create = useCreateSession();
  const running = useRef(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const send = async (body: SessionCreate) => {
    if (running.current) return;
    running.current = true;
    setFailure(null);
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      const { placed } = applyServerError(error, FORM_FIELDS, form.setError, { focus: false });
      const fields = placed.map(({ field, message }) => ({ field, step: stepOfField(field), message }));
      setFailure({ error, fields });
    } finally {
      running.current = false;
    }
  };

  return { send, pending: create.isPending, failure };
}
